// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Qingdan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "qingdan", targets: ["qingdan"]),
        .plugin(name: "QingdanCommand", targets: ["QingdanCommand"]),
        .plugin(name: "QingdanBuildCheck", targets: ["QingdanBuildCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "QingdanYAML", dependencies: ["CYAML"]),
        .target(name: "QingdanCore", dependencies: ["QingdanYAML"]),
        .target(name: "QingdanText"),
        .target(name: "ListChecks", dependencies: ["QingdanCore"], path: "Plugins/ListChecks"),
        .target(name: "TextChecks", dependencies: ["QingdanCore", "QingdanText"], path: "Plugins/TextChecks"),
        .target(name: "QuantityChecks", dependencies: ["QingdanCore"], path: "Plugins/QuantityChecks"),
        .target(name: "QingdanReporters", dependencies: ["QingdanCore"]),
        .target(name: "QingdanKit",
                dependencies: ["QingdanCore", "QingdanReporters", "ListChecks", "TextChecks", "QuantityChecks"]),
        .executableTarget(name: "qingdan", dependencies: [
            "QingdanKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .plugin(name: "QingdanCommand",
                capability: .command(intent: .custom(verb: "qingdan", description: "Run qingdan (check, explain, packs …) on this package")),
                dependencies: ["qingdan"], path: "Plugins/QingdanCommand"),
        .plugin(name: "QingdanBuildCheck", capability: .buildTool(), dependencies: ["qingdan"],
                path: "Plugins/QingdanBuildCheck"),
        .executableTarget(name: "qingdan-bench", dependencies: ["QingdanKit"], path: "Benchmarks/Sources/qingdan-bench"),
        .target(name: "QingdanFuzzTargets", dependencies: ["QingdanKit"], path: "Fuzz/Sources/QingdanFuzzTargets"),
        .executableTarget(name: "fuzz-yaml", dependencies: ["QingdanFuzzTargets"], path: "Fuzz/Sources/fuzz-yaml"),
        .executableTarget(name: "fuzz-filing", dependencies: ["QingdanFuzzTargets"], path: "Fuzz/Sources/fuzz-filing"),
        .executableTarget(name: "fuzz-pack", dependencies: ["QingdanFuzzTargets"], path: "Fuzz/Sources/fuzz-pack"),
        .target(name: "QingdanTestSupport", dependencies: ["QingdanKit"], path: "Tests/Support"),
        .testTarget(name: "QingdanYAMLTests", dependencies: ["QingdanYAML"]),
        .testTarget(name: "QingdanTextTests", dependencies: ["QingdanText", "QingdanTestSupport"]),
        .testTarget(name: "QingdanCoreTests", dependencies: ["QingdanCore", "QingdanTestSupport"]),
        .testTarget(name: "RulePackTests", dependencies: ["QingdanKit", "QingdanTestSupport"]),
        .testTarget(name: "ScenarioTests", dependencies: ["qingdan", "QingdanTestSupport"]),
        .testTarget(name: "ReporterTests", dependencies: ["qingdan", "QingdanTestSupport"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["QingdanFuzzTargets", "QingdanTestSupport"],
                    path: "Fuzz/Tests/FuzzRegressionTests"),
    ]
)
