// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Qingdan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "qingdan", targets: ["qingdan"]),
        /// What a check kind is written against: filings, options, messages, the sink.
        /// (with the YAML nodes it hands to checks, and the folded Chinese matching text checks use).
        .library(name: "QingdanPluginAPI", targets: ["QingdanPluginAPI", "QingdanYAML", "QingdanText"]),
        /// The `qingdan` command line and the standard plugins, for building a `qingdan` with more.
        .library(name: "QingdanMain", targets: ["QingdanMain", "QingdanStandardPlugins"]),
        .plugin(name: "QingdanCommand", targets: ["QingdanCommand"]),
        .plugin(name: "QingdanBuildCheck", targets: ["QingdanBuildCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .systemLibrary(name: "CPlatform"),
        .target(name: "QingdanYAML", dependencies: ["CYAML"]),
        .target(name: "QingdanPluginAPI", dependencies: ["QingdanYAML"]),
        .target(name: "QingdanCore", dependencies: ["QingdanYAML", "QingdanPluginAPI"]),
        .target(name: "QingdanText"),
        /// SpreadsheetML workbooks (.xlsx) and CSV tables as cells, read and written: the zip
        /// container through ZIPFoundation, the XML through Foundation's parser. Knows nothing
        /// about filings.
        .target(
            name: "QingdanSpreadsheet",
            dependencies: ["QingdanYAML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "ListChecks", dependencies: ["QingdanPluginAPI", "QingdanYAML", "QingdanText"],
            path: "Plugins/ListChecks"),
        .target(
            name: "TextChecks", dependencies: ["QingdanPluginAPI", "QingdanYAML", "QingdanText"],
            path: "Plugins/TextChecks"),
        .target(
            name: "QuantityChecks", dependencies: ["QingdanPluginAPI", "QingdanYAML"], path: "Plugins/QuantityChecks"),
        .target(
            name: "QingdanStandardPlugins",
            dependencies: ["QingdanPluginAPI", "QingdanCore", "ListChecks", "TextChecks", "QuantityChecks"]),
        .target(
            name: "QingdanReporters",
            dependencies: ["QingdanYAML", "QingdanPluginAPI", "QingdanCore", "QingdanSpreadsheet"]),
        .target(
            name: "QingdanKit",
            dependencies: [
                "CPlatform", "QingdanYAML", "QingdanPluginAPI", "QingdanCore", "QingdanReporters", "QingdanSpreadsheet",
            ]),
        /// The language server (`qingdan lsp`): diagnostics, hover, code actions and completion
        /// over the same checker.
        .target(
            name: "QingdanLSP",
            dependencies: ["QingdanYAML", "QingdanPluginAPI", "QingdanCore", "QingdanReporters", "QingdanKit"]),
        .target(
            name: "QingdanMain",
            dependencies: [
                "QingdanYAML", "QingdanPluginAPI", "QingdanCore", "QingdanReporters", "QingdanKit", "QingdanLSP",
                "QingdanSpreadsheet", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "qingdan", dependencies: ["QingdanMain", "QingdanStandardPlugins"]),
        /// The generators of BundledRuleFiles.swift, TraditionalTableData.swift, the reference
        /// pages and the JSON Schemas: `swift run qingdan-generate [--check]`. Not shipped.
        .target(
            name: "QingdanGenerators",
            dependencies: ["QingdanPluginAPI", "QingdanCore", "QingdanStandardPlugins"]),
        .executableTarget(
            name: "qingdan-generate",
            dependencies: [
                "QingdanGenerators", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .plugin(
            name: "QingdanCommand",
            capability: .command(
                intent: .custom(verb: "qingdan", description: "Run qingdan (check, explain, packs …) on this package")),
            dependencies: ["qingdan"], path: "Plugins/QingdanCommand"),
        .plugin(
            name: "QingdanBuildCheck", capability: .buildTool(), dependencies: ["qingdan"],
            path: "Plugins/QingdanBuildCheck"),
        .executableTarget(
            name: "qingdan-bench",
            dependencies: ["QingdanYAML", "QingdanPluginAPI", "QingdanCore", "QingdanKit", "QingdanStandardPlugins"],
            path: "Benchmarks/Sources/qingdan-bench"),
        .target(
            name: "QingdanFuzzTargets",
            dependencies: [
                "QingdanYAML", "QingdanPluginAPI", "QingdanCore", "QingdanReporters", "QingdanKit",
                "QingdanStandardPlugins",
            ], path: "Fuzz/Sources/QingdanFuzzTargets"),
        .executableTarget(name: "fuzz-yaml", dependencies: ["QingdanFuzzTargets"], path: "Fuzz/Sources/fuzz-yaml"),
        .executableTarget(name: "fuzz-filing", dependencies: ["QingdanFuzzTargets"], path: "Fuzz/Sources/fuzz-filing"),
        .executableTarget(name: "fuzz-pack", dependencies: ["QingdanFuzzTargets"], path: "Fuzz/Sources/fuzz-pack"),
        .executableTarget(
            name: "fuzz-suppression", dependencies: ["QingdanFuzzTargets"], path: "Fuzz/Sources/fuzz-suppression"),
        .executableTarget(name: "fuzz-glob", dependencies: ["QingdanFuzzTargets"], path: "Fuzz/Sources/fuzz-glob"),
        .executableTarget(
            name: "fuzz-workbook", dependencies: ["QingdanFuzzTargets"], path: "Fuzz/Sources/fuzz-workbook"),
        .target(
            name: "QingdanTestSupport",
            dependencies: ["QingdanYAML", "QingdanPluginAPI", "QingdanCore", "QingdanKit", "QingdanStandardPlugins"],
            path: "Tests/Support"),
        .testTarget(name: "QingdanYAMLTests", dependencies: ["QingdanYAML"]),
        .testTarget(name: "QingdanTextTests", dependencies: ["QingdanText", "QingdanTestSupport"]),
        .testTarget(name: "QingdanPluginAPITests", dependencies: ["QingdanPluginAPI", "QingdanYAML"]),
        .testTarget(
            name: "QingdanCoreTests",
            dependencies: [
                "QingdanYAML", "QingdanPluginAPI", "QingdanCore", "QingdanStandardPlugins", "QingdanTestSupport",
            ]),
        .testTarget(
            name: "RulePackTests",
            dependencies: [
                "QingdanYAML", "QingdanPluginAPI", "QingdanCore", "QingdanKit", "QingdanStandardPlugins",
                "QingdanGenerators",
                "QingdanTestSupport",
            ]),
        .testTarget(
            name: "QingdanLSPTests",
            dependencies: [
                "QingdanLSP", "QingdanYAML", "QingdanPluginAPI", "QingdanCore", "QingdanKit", "QingdanStandardPlugins",
                "QingdanTestSupport",
            ]),
        .testTarget(
            name: "QingdanKitTests",
            dependencies: [
                "QingdanKit", "QingdanYAML", "QingdanSpreadsheet", "QingdanPluginAPI", "QingdanCore",
                "QingdanStandardPlugins",
            ]),
        .testTarget(
            name: "QingdanSpreadsheetTests", dependencies: ["QingdanSpreadsheet", "QingdanYAML", "QingdanTestSupport"]),
        .testTarget(name: "ScenarioTests", dependencies: ["qingdan", "QingdanTestSupport"]),
        .testTarget(name: "ReporterTests", dependencies: ["qingdan", "QingdanTestSupport"]),
        .testTarget(
            name: "FuzzRegressionTests", dependencies: ["QingdanFuzzTargets", "QingdanTestSupport"],
            path: "Fuzz/Tests/FuzzRegressionTests"),
    ]
)
