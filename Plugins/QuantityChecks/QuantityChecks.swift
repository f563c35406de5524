import QingdanCore

/// Checks on quantities and dates: numeric minimums computed by formula, spacing between dates.
public enum QuantityChecks: QingdanPlugin {
    public static let checkKinds: [CheckKind] = [
        NumberAtLeast.kind,
        DatesSpacing.kind,
    ]
}
