import QingdanPluginAPI

/// The province's plugin: one check kind and the filing key it reads.
public enum ProvinceChecks: QingdanPlugin {
    public static let checkKinds: [any CheckKind.Type] = [CertificateTimeLimit.self]

    public static let filingExtensions = [
        FilingExtension(
            under: ["lists", "certificates"],
            [
                Property(
                    "time_limit_days", .integer(minimum: 0), title: "出具时限（工作日）",
                    summary: "出具时限折算的工作日数；当场出具写 0")
            ])
    ]
}
