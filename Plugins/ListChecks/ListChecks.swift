import QingdanPluginAPI

/// Checks on the presence, size and fields of a filing's sections and lists, and on the filings
/// a run must hold for them.
public enum ListChecks: QingdanPlugin {
    public static let checkKinds: [any CheckKind.Type] = [
        SectionRequired.self,
        ListCount.self,
        ItemFields.self,
        ItemsForbidden.self,
        ItemsLength.self,
        DistrictInRun.self,
    ]
}
