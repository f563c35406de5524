import QingdanCore
import QingdanPluginAPI
import QingdanStandardPlugins
import Testing

private struct Echo: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("list", title: "清单") var list: FilingList
        @CheckOption("max", title: "上限", minimum: 1, stricter: .lower) var max: Int
    }

    struct Message: FindingMessage {
        let item: String
        static let placeholders: [Placeholder<Message>] = [Placeholder("item", \.item, "事项")]
    }

    static let name = "echo.items"
    static let summary = "逐项报告"

    init(options: Options, context: CheckContext) {}
    var reads: [FilingPath] { [] }
    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {}
}

private enum EchoPlugin: QingdanPlugin {
    static let checkKinds: [any CheckKind.Type] = [Echo.self]
    static let filingExtensions = [FilingExtension(under: ["facility"], [Property("rooms", .integer(), title: "房间数")])]
}

private struct TwiceNamed: CheckKind {
    struct Options: CheckOptions {
        @CheckOption("list", title: "清单") var list: FilingList
    }

    struct Message: FindingMessage {
        let item: String
        let title: String
        static let placeholders: [Placeholder<Message>] = [
            Placeholder("item", \.item, "事项"), Placeholder("item", \.title, "清单名称"),
        ]
    }

    static let name = "twice.named"
    static let summary = "占位符重名"

    init(options: Options, context: CheckContext) {}
    var reads: [FilingPath] { [] }
    func run(on filing: FilingView, into sink: inout FindingSink<Message>) {}
}

private enum TwiceNamedPlugin: QingdanPlugin {
    static let checkKinds: [any CheckKind.Type] = [TwiceNamed.self]
}

private enum ClashingPlugin: QingdanPlugin {
    static let checkKinds: [any CheckKind.Type] = []
    static let filingExtensions = [
        FilingExtension(under: ["facility"], [Property("households", .integer(), title: "户数")])
    ]
}

@Suite struct CheckKindRegistryTests {
    @Test func aKindIsRegisteredFromItsDeclarations() throws {
        let registry = try CheckKindRegistry(plugins: [EchoPlugin.self])
        let kind = try #require(registry.kind(named: "echo.items"))
        #expect(kind.summary == "逐项报告")
        #expect(kind.options.properties.map(\.name) == ["list", "max"])
        #expect(kind.options.properties.map(\.required) == [true, true])
        #expect(kind.placeholders.map(\.name) == ["item"])
        #expect(kind.limits.map(\.option) == ["max"])
        #expect(kind.limits.map(\.stricter) == [.lower])
        #expect(registry.format.path(["facility", "rooms"])?.title == "房间数")
    }

    @Test func aKindOrAFilingKeyRegisteredTwiceIsAConflict() {
        #expect(throws: CheckKindRegistry.Conflict.self) {
            try CheckKindRegistry(plugins: [EchoPlugin.self, EchoPlugin.self])
        }
        #expect(throws: CheckKindRegistry.Conflict.self) { try CheckKindRegistry(plugins: [ClashingPlugin.self]) }
        #expect(throws: CheckKindRegistry.Conflict.self) { try CheckKindRegistry(plugins: [TwiceNamedPlugin.self]) }
    }

    @Test func everyStandardKindDeclaresDistinctOptionsAndPlaceholders() throws {
        let registry = try StandardPlugins.registry()
        #expect(registry.names.count == 15)
        for name in registry.names {
            let kind = try #require(registry.kind(named: name))
            let options = kind.options.properties.map(\.name)
            #expect(Set(options).count == options.count, "\(name) declares an option twice")
            #expect(!options.contains("kind"), "\(name) declares the reserved option kind")
            let placeholders = kind.placeholders.map(\.name)
            #expect(Set(placeholders).count == placeholders.count, "\(name) declares a placeholder twice")
            #expect(kind.placeholders.allSatisfy { !$0.meaning.isEmpty }, "\(name) has a placeholder without meaning")
            for limit in kind.limits { #expect(options.contains(limit.option)) }
        }
    }
}
