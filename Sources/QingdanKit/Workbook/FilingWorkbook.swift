import QingdanPluginAPI
import QingdanSpreadsheet
import QingdanYAML

/// A YAML filing laid out as the workbook a drafter would keep (`qingdan export`): a 基本信息
/// sheet of label–value rows, then a sheet per list with a 序号 column and a column per key
/// its items use, headed by the keys' Chinese titles. `WorkbookFiling` reads it back to the
/// same filing.
public struct FilingWorkbook {
    let layout: WorkbookLayout

    public init(format: FilingFormat) {
        layout = WorkbookLayout(format: format)
    }

    /// The workbook of a filing whose root is a mapping that the format accepts.
    public func draft(of root: YAMLNode) -> WorkbookDraft {
        var sheets: [SheetDraft] = []
        var information: [[DraftCell]] = [[.text("项目"), .text("内容")]]
        for field in layout.fields {
            guard let node = node(at: field.keys, in: root), node.isScalar, let text = node.text else { continue }
            information.append([.text(field.title), cell(text, type: field.type)])
        }
        sheets.append(
            SheetDraft(name: "基本信息", rows: information, columnWidths: [24, 40], headerRows: 1, filter: false))
        for table in layout.tables {
            guard let list = node(at: table.keys, in: root), list.isSequence else { continue }
            sheets.append(sheet(table, list))
        }
        return WorkbookDraft(sheets: sheets)
    }

    /// The template a drafter starts from: the header labels to fill in, and a sheet with the
    /// usual columns for each list a county files and each part a village files.
    public func template() -> WorkbookDraft {
        let information: [[DraftCell]] =
            [[.text("项目"), .text("内容")]]
            + ["region.code", "region.name", "region.level", "as_of"].compactMap { path in
                layout.fields.first { $0.keys.joined(separator: ".") == path }.map { [.text($0.title), .empty] }
            }
            + [[.text("说明"), .text("县级清单填写前四张清单表，村级填写标牌、工作机制和交办的工作；用不到的工作表可以删去。层级写 县级 或 村级。")]]
        var sheets = [
            SheetDraft(name: "基本信息", rows: information, columnWidths: [24, 60], headerRows: 1, filter: false)
        ]
        let columns: [(String, [String])] = [
            ("lists.self_governance", ["name", "content", "basis"]),
            ("lists.assistance", ["name", "content", "basis", "department", "funding"]),
            ("lists.negative", ["name", "content", "basis"]),
            ("lists.certificates", ["name", "basis", "time_limit", "purpose", "process", "department"]),
            ("signboards.outside", ["name", "kind", "orientation", "background", "text_color", "basis"]),
            ("signboards.inside", ["name", "kind"]),
            ("mechanisms", ["name", "set_by", "basis", "basis_level", "dedicated_staff", "funded_by"]),
            ("tasks", ["name", "assigned_by", "content", "list_item", "basis", "funding"]),
        ]
        for (path, keys) in columns {
            guard let table = layout.tables.first(where: { $0.path == path }), let item = table.item else { continue }
            let titles = keys.compactMap { item.property($0)?.title }
            sheets.append(
                SheetDraft(
                    name: WorkbookLayout.shortTitle(table.title), rows: [[.text("序号")] + titles.map { .text($0) }],
                    columnWidths: [6] + titles.map { _ in 24 }, headerRows: 1, filter: true))
        }
        return WorkbookDraft(sheets: sheets)
    }

    private func sheet(_ table: WorkbookLayout.Table, _ list: YAMLNode) -> SheetDraft {
        guard let item = table.item else {
            var rows: [[DraftCell]] = [[.text("序号"), .text(table.title)]]
            for (index, value) in list.items.enumerated() {
                rows.append([.number(Double(index + 1)), cell(value.text ?? "", type: table.scalar ?? .text())])
            }
            return SheetDraft(
                name: WorkbookLayout.shortTitle(table.title), rows: rows, columnWidths: [6, 16], headerRows: 1,
                filter: true)
        }
        // The columns: every key some item writes, name first, in the format's order.
        let used = Set(list.items.flatMap { $0.pairs.compactMap { $0.key.text } })
        let keys = item.properties.filter { $0.name == "name" || used.contains($0.name) }
        var rows: [[DraftCell]] = [[.text("序号")] + keys.map { .text($0.title) }]
        for (index, entry) in list.items.enumerated() {
            var row: [DraftCell] = [.number(Double(index + 1))]
            for property in keys {
                guard let value = entry[property.name] else {
                    row.append(.empty)
                    continue
                }
                if value.isSequence {
                    row.append(.text(value.items.compactMap(\.text).joined(separator: "\n")))
                } else {
                    row.append(cell(value.text ?? "", type: property.type))
                }
            }
            rows.append(row)
        }
        let widths =
            [6.0]
            + keys.map { property -> Double in
                switch property.name {
                case "name": 30
                case "content", "basis", "process", "steps": 40
                default: 16
                }
            }
        return SheetDraft(
            name: WorkbookLayout.shortTitle(table.title), rows: rows, columnWidths: widths, headerRows: 1, filter: true)
    }

    private func node(at keys: [String], in root: YAMLNode) -> YAMLNode? {
        var node = root
        for key in keys {
            guard node.isMapping, let next = node[key] else { return nil }
            node = next
        }
        return node
    }

    /// A scalar as a cell of its key's type: a number as a number, a date as a date, yes and no
    /// as 是 and 否, a choice by its Chinese name when that name is its own.
    private func cell(_ text: String, type: SchemaType) -> DraftCell {
        switch type {
        case .integer, .number:
            if let number = Double(text), number.isFinite { return .number(number) }
        case .date:
            if let date = CivilDate(text) { return .date(date) }
        case .boolean:
            if text == "true" { return .text("是") }
            if text == "false" { return .text("否") }
        case .choice(let values):
            if let name = layout.format.valueNames[text], values.contains(text),
                values.filter({ layout.format.valueNames[$0] == name }).count == 1
            {
                return .text(name)
            }
        default: break
        }
        return .text(text)
    }
}
