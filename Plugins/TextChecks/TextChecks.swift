import QingdanCore

/// Checks that match the Chinese text of items against lists the policy names, after folding
/// away full-width forms, spaces and bracket styles.
public enum TextChecks: QingdanPlugin {
    public static let checkKinds: [CheckKind] = [
        ListIncludes.kind,
        ItemsCatalogue.kind,
        ItemsCategories.kind,
        ItemsAbbreviations.kind,
        ItemsScript.kind,
        TasksAdmitted.kind,
    ]
}
