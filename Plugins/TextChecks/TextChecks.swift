import QingdanPluginAPI

/// Checks that match the Chinese text of items against lists the policy names, after folding
/// away full-width forms, spaces and bracket styles.
public enum TextChecks: QingdanPlugin {
    public static let checkKinds: [any CheckKind.Type] = [
        ListIncludes.self,
        ItemsCatalogue.self,
        ItemsCategories.self,
        ItemsAbbreviations.self,
        ItemsScript.self,
        TasksAdmitted.self,
        ItemsUnique.self,
    ]
}
