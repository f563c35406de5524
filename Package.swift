// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Qingdan",
    platforms: [.macOS(.v14)],
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
        .testTarget(name: "QingdanYAMLTests", dependencies: ["QingdanYAML"]),
    ]
)
