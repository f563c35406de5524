import QingdanPluginAPI

/// Checks on quantities and dates: numeric minimums computed by formula, spacing between dates.
public enum QuantityChecks: QingdanPlugin {
    public static let checkKinds: [any CheckKind.Type] = [
        NumberAtLeast.self,
        DatesSpacing.self,
    ]
}
