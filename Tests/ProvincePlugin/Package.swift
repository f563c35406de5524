// swift-tools-version: 6.0
// A province's own checks, outside Qingdan's repository: a check kind written against the
// QingdanPluginAPI library, a filing key it adds, and a `province-qingdan` executable that is
// the standard tool plus this plugin. Built and run by `check.sh` (and .ci/run), which points
// QINGDAN_ROOT at a checkout named `qingdan`.
import PackageDescription

let qingdan = Context.environment["QINGDAN_ROOT"] ?? "../qingdan"

let package = Package(
    name: "ProvinceChecks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: qingdan)],
    targets: [
        .target(
            name: "ProvinceChecks",
            dependencies: [
                .product(name: "QingdanPluginAPI", package: "qingdan")
            ]),
        .executableTarget(
            name: "province-qingdan",
            dependencies: [
                "ProvinceChecks",
                .product(name: "QingdanMain", package: "qingdan"),
            ]),
    ]
)
