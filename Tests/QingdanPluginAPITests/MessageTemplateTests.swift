import QingdanPluginAPI
import Testing

@Suite struct MessageTemplateTests {
    @Test func fillsPlaceholders() {
        let template = MessageTemplate("{title}有 {count} 项，超过 {max} 项")
        #expect(template.variables == ["title", "count", "max"])
        #expect(template.render { ["title": "协助清单", "count": "29", "max": "27"][$0] } == "协助清单有 29 项，超过 27 项")
    }

    @Test func missingValuesShowAsADash() {
        #expect(MessageTemplate("超过 {max} 项").render { _ in nil } == "超过 — 项")
    }

    @Test func unclosedBraceIsLiteral() {
        let template = MessageTemplate("a {b")
        #expect(template.variables.isEmpty)
        #expect(template.render { _ in nil } == "a {b")
    }
}
