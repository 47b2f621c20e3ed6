import CableModel

/// The text of `cablegram outline`: a header summary, then one line per unit.
struct OutlineReport {
    let cable: Cable
    /// The terminal's width, or nil to write full lines (output to a file or pipe).
    let width: Int?

    var text: String {
        var lines = summary
        lines.append("")
        let idWidth = max(4, cable.units.map { indent($0).count + $0.id.count }.max() ?? 4)
        let markWidth = max(4, cable.units.map { ($0.marking ?? "").count }.max() ?? 4)
        lines.append(pad("ID", idWidth) + "  " + pad("MARK", markWidth) + "  PAGE  HEADING OR FIRST WORDS")
        for unit in cable.units {
            let page = unit.page.map(String.init) ?? "-"
            let line =
                pad(indent(unit) + unit.id, idWidth) + "  " + pad(unit.marking ?? "", markWidth) + "  "
                + String(repeating: " ", count: max(0, 4 - page.count)) + page + "  " + OutlineReport.summary(of: unit)
            lines.append(clip(line))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var summary: [String] {
        let header = cable.header
        var lines = [
            [cable.title, header.classification, header.dateTime?.iso8601, header.origin].compactMap { $0 }
                .joined(separator: " · ")
        ]
        func field(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append(clip(pad(name + ":", 10) + value)) }
        }
        field("Subject", header.subject)
        field("Tags", header.tags.joined(separator: " "))
        field(
            "Refs",
            header.references.map { reference in
                [reference.label.map { $0 + "." }, reference.text, reference.cableID.map { "(\($0))" }]
                    .compactMap { $0 }.joined(separator: " ")
            }.joined(separator: "; "))
        field("Caveats", header.caveats.joined(separator: " "))
        field("Pages", cable.pageCount.map(String.init))
        field("Signed", header.signature)
        return lines
    }

    /// A heading, or the first words of the text, on one line.
    static func summary(of unit: Unit) -> String {
        let source: String
        switch unit.kind {
        case .section: source = unit.label + ": " + (unit.heading ?? "")
        default: source = unit.heading ?? unit.text
        }
        return source.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }

    private func indent(_ unit: Unit) -> String { unit.parent == nil ? "" : "  " }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// On a terminal: control characters made visible, then the line cut to the width.
    private func clip(_ line: String) -> String {
        guard let width else { return line }
        let line = TerminalText.visible(line)
        guard line.count > width else { return line }
        return String(line.prefix(max(1, width - 1))) + "…"
    }
}
