// swift-tools-version: 6.0
// A package that uses Qingdan's plugins as a user's package would: `CleanFilings` builds,
// `BrokenFilings` does not, because the QingdanBuildCheck plugin finds errors in its filings.
// Run by `check.sh` (and .ci/run), which points QINGDAN_ROOT at a checkout named `qingdan`.
import PackageDescription

let qingdan = Context.environment["QINGDAN_ROOT"] ?? "../qingdan"

let package = Package(
    name: "PluginFixture",
    dependencies: [.package(path: qingdan)],
    targets: [
        .target(
            name: "CleanFilings", resources: [.copy("Filings")],
            plugins: [.plugin(name: "QingdanBuildCheck", package: "qingdan")]),
        .target(
            name: "BrokenFilings", resources: [.copy("Filings")],
            plugins: [.plugin(name: "QingdanBuildCheck", package: "qingdan")]),
    ]
)
