import QingdanCore
import QingdanPluginAPI

/// The packs of `Rules/`, compiled into the binary so that `qingdan` runs from anywhere.
/// `BundledRuleFiles.swift` is generated from `Rules/` by `swift run qingdan-generate` (a test
/// fails when it is stale).
public enum BundledPacks {
    public static let source = InMemoryPackSource(files: bundledRuleFiles)
}
