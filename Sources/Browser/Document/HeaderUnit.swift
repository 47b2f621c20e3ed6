import CableModel

/// The cable's header shown as the first unit of the outline and the reader (`header`, `:header`): classification
/// and caveats, date-time, from, to and info, tags with their meanings, the subject, REF lines with their cable ids,
/// classified by, signer, pages and the load warnings. Every line comes from the model's header fields.
enum HeaderUnit {
    /// The unit's id, which `:header` goes to.
    static let id = "header"

    /// The header as a unit, and where each REF line's reference stands in its text (by the REF line's position).
    static func make(_ cable: Cable, glossary: Glossary) -> (unit: Unit, references: [Range<Int>]) {
        var lines = HeaderLines()
        let header = cable.header
        lines.add("Classification", [header.classification].compactMap { $0 } + header.caveats, separator: " · ")
        lines.add("Date", header.dateTime.map { [$0.iso8601] } ?? [])
        lines.add("Precedence", [header.precedence, header.infoPrecedence].compactMap { $0 }, separator: " / ")
        lines.add("From", [header.origin].compactMap { $0 })
        for addressee in header.to { lines.add("To", [addressee.name] + [addressee.serial].compactMap { $0 }) }
        for addressee in header.info { lines.add("Info", [addressee.name] + [addressee.serial].compactMap { $0 }) }
        lines.add("Subject", [header.subject].compactMap { $0 })
        for tag in header.tags { lines.add("Tags", [tag] + [glossary.meaning(ofTag: tag)].compactMap { $0 }) }
        var references: [Range<Int>] = []
        for reference in header.references {
            let label = reference.label.map { $0 + ". " } ?? ""
            let start = lines.scalarCount + HeaderLines.labelWidth + label.unicodeScalars.count
            let written = reference.text + (reference.cableID.map { " = " + $0 } ?? "")
            references.append(start..<(start + written.unicodeScalars.count))
            lines.add("Ref", [label + written])
        }
        lines.add("Passing", [header.passing].compactMap { $0 })
        lines.add(
            "E.O.", [header.executiveOrder, header.declassification.map { "declassify " + $0 }].compactMap { $0 })
        lines.add("Classified by", [header.classifiedBy].compactMap { $0 })
        lines.add("Signed", [header.signature].compactMap { $0 })
        for note in header.notes { lines.add("Note", [note]) }
        lines.add("Pages", cable.pageCount.map { [String($0)] } ?? [])
        for warning in cable.warnings { lines.add("Warning", [warning]) }
        let unit = Unit(
            id: id, kind: .heading, parent: nil, label: "", marking: nil, heading: nil, text: lines.text, page: nil,
            sourceStart: cable.sourceLines.first?.startIndex)
        return (unit, references)
    }
}

/// The header's lines as they are built: a label padded to a column, then the values.
struct HeaderLines {
    /// The columns the labels take.
    static let labelWidth = 16

    private(set) var text = ""
    private(set) var scalarCount = 0

    /// Adds `Label          value · value`, or nothing when there are no values.
    mutating func add(_ label: String, _ values: [String], separator: String = "  ") {
        guard !values.isEmpty else { return }
        if !text.isEmpty {
            text += "\n"
            scalarCount += 1
        }
        let padding = String(repeating: " ", count: max(1, HeaderLines.labelWidth - label.unicodeScalars.count))
        let line = label + padding + values.joined(separator: separator)
        text += line
        scalarCount += line.unicodeScalars.count
    }
}
