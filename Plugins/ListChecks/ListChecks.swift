import QingdanCore

/// Checks on the presence, size and fields of a filing's sections and lists.
public enum ListChecks: QingdanPlugin {
    public static let checkKinds: [CheckKind] = [
        SectionRequired.kind,
        ListCount.kind,
        ItemFields.kind,
        ItemsForbidden.kind,
    ]
}
