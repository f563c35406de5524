import QingdanCore

/// The packs of `Rules/`, compiled into the binary by the EmbedRules build plugin.
public enum BundledPacks {
    public static let source = InMemoryPackSource(files: bundledRuleFiles)
}
