import ListChecks
import QingdanCore
import QingdanPluginAPI
import QuantityChecks
import TextChecks

/// The check plugins the `qingdan` tool ships with. Adding a plugin is one line here.
public enum StandardPlugins {
    public static var all: [any QingdanPlugin.Type] {
        [
            ListChecks.self,
            TextChecks.self,
            QuantityChecks.self,
        ]
    }

    public static func registry() throws(CheckKindRegistry.Conflict) -> CheckKindRegistry {
        try CheckKindRegistry(plugins: all)
    }
}
