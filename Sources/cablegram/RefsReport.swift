import CableModel

/// The text of `cablegram refs`: one section per kind of reference.
struct RefsReport {
    let cable: Cable
    let index: CableIndex
    /// The terminal's width, or nil for full lines.
    let width: Int?

    var text: String {
        var lines = [cable.title, ""]
        lines += section("Statutes", index.statutes.map(statuteLine))
        lines += section("Paragraph references", index.crossReferences.map(crossReferenceLine))
        lines += section("Cables referred to", cableLines)
        for kind in [Entity.Kind.organization, .place, .person] {
            let entities = index.entities.filter { $0.kind == kind }
            lines += section(RefsReport.title(of: kind), entities.map(entityLine))
        }
        lines += section(
            "Glossary",
            index.glossary.map { "\($0.term)  \($0.meaning)" + ($0.definedIn.map { "  (defined in \($0))" } ?? "") })
        return lines.map(clip).joined(separator: "\n") + "\n"
    }

    private func section(_ title: String, _ items: [String]) -> [String] {
        [title + " (\(items.count))"] + (items.isEmpty ? ["  none"] : items.map { "  " + $0 }) + [""]
    }

    private func statuteLine(_ statute: Statute) -> String {
        var parts = [statute.title]
        if !statute.names.isEmpty {
            parts.append("\u{201C}" + statute.names.joined(separator: "\u{201D}, \u{201C}") + "\u{201D}")
        }
        parts += statute.notes.map { "(\($0))" }
        if let defined = statute.definedIn { parts.append("defined in \(defined)") }
        let places = statute.mentions.map { $0.span.unitID }
        parts.append("mentioned in " + RefsReport.grouped(places))
        return parts.joined(separator: " · ")
    }

    private func crossReferenceLine(_ reference: CrossReference) -> String {
        let target: String
        switch reference.target {
        case .unit(let id): target = id
        case .unresolved: target = "unresolved (no paragraph \(reference.paragraph))"
        case .otherDocument(let name, let cableID):
            target = "¶\(reference.paragraph) of \(name)" + (cableID.map { " = \($0)" } ?? "")
        }
        return "\(reference.from) → \(target)  \u{201C}\(reference.text)\u{201D}"
    }

    private var cableLines: [String] {
        cable.header.references.map { reference in
            let citedIn = index.citations.filter { $0.references.contains(reference) }.map(\.span.unitID)
            let label = reference.label.map { "\($0). " } ?? ""
            return label + reference.text + (reference.cableID.map { " = \($0)" } ?? "")
                + (citedIn.isEmpty ? "" : " · cited in " + RefsReport.grouped(citedIn))
        }
    }

    private func entityLine(_ entity: Entity) -> String {
        var parts = [entity.name]
        if !entity.aliases.isEmpty { parts.append("also " + entity.aliases.joined(separator: ", ")) }
        if let country = entity.country, country != entity.name { parts.append(country) }
        parts.append("\(entity.mentions.count)× in " + RefsReport.grouped(entity.mentions.map(\.unitID)))
        return parts.joined(separator: " · ")
    }

    private static func title(of kind: Entity.Kind) -> String {
        switch kind {
        case .organization: "Organisations"
        case .place: "Places"
        case .person: "People"
        }
    }

    /// Unit ids without repeats, in order: `27.A, 27.B ×2`.
    static func grouped(_ ids: [String]) -> String {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for id in ids {
            if counts[id] == nil { order.append(id) }
            counts[id, default: 0] += 1
        }
        return order.map { counts[$0, default: 1] > 1 ? "\($0) ×\(counts[$0, default: 1])" : $0 }.joined(
            separator: ", ")
    }

    private func clip(_ line: String) -> String {
        guard let width, line.count > width else { return line }
        return String(line.prefix(max(1, width - 1))) + "…"
    }
}
