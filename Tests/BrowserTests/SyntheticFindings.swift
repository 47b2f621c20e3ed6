import Browser
import CableModel

/// Findings made by hand for the bundled cable, so that the actions on search, statutes, cross-references,
/// tables and the index are tested apart from the index and statistics that produce them in the program.
enum SyntheticFindings {
    /// The first occurrences of `needle` in a unit's text, as spans (a plain scan: test data only).
    static func spans(of needle: String, in cable: Cable, limit: Int = .max) -> [FieldSpan] {
        var found: [FieldSpan] = []
        let pattern = Array(needle.lowercased().unicodeScalars)
        for (position, unit) in cable.units.enumerated() {
            for field in [Unit.Field.heading, .text] {
                let text = Array(unit.value(of: field).lowercased().unicodeScalars)
                var start = 0
                while start + pattern.count <= text.count, found.count < limit {
                    if text[start..<(start + pattern.count)].elementsEqual(pattern) {
                        found.append(FieldSpan(unit: position, field: field, range: start..<(start + pattern.count)))
                        start += pattern.count
                    } else {
                        start += 1
                    }
                }
            }
        }
        return found
    }

    static func make(_ cable: Cable) -> CableFindings {
        var findings = CableFindings()
        var mentions: [(span: FieldSpan, statute: Int)] = []
        mentions += spans(of: "article 130.1", in: cable).map { ($0, 0) }
        mentions += spans(of: "article 132", in: cable).map { ($0, 1) }
        mentions.sort { $0.span < $1.span }
        var counts = [0, 0]
        for mention in mentions {
            findings.statuteMentions.append(
                StatuteMentionPlace(span: mention.span, statute: mention.statute, ordinal: counts[mention.statute]))
            counts[mention.statute] += 1
        }
        findings.statutes = [0, 1].map { statute in
            StatuteSummary(
                label: statute == 0 ? "Art. 130.1" : "Art. 132",
                mentions: findings.statuteMentions.indices.filter { findings.statuteMentions[$0].statute == statute },
                indexRow: statute + 1)
        }
        findings.indexGroups = [
            IndexGroup(
                title: "Statutes",
                entries: findings.statutes.enumerated().map { position, statute in
                    IndexEntry(
                        title: statute.label, detail: "Criminal Code",
                        mentions: statute.mentions.map { findings.statuteMentions[$0].span }, kind: .statute(position))
                }),
            IndexGroup(
                title: "Places",
                entries: [IndexEntry(title: "Dushanbe", detail: "", mentions: spans(of: "Dushanbe", in: cable))]),
        ]
        let see = spans(of: "Paragraph 26 B", in: cable)
        findings.crossReferences = see.map {
            CrossReferencePlace(span: $0, target: cable.position(of: "26.B"), text: "Paragraph 26 B")
        }
        let cases = spans(of: "cases", in: cable, limit: 3)
        findings.tables = [
            DataTable(
                title: "Figures", columns: ["VALUE", "UNIT", "PARA"],
                rows: [["24", "criminal cases", "27.E"], ["3", "cases", "27.E"], ["250–300", "officials", "27.F"]],
                sources: cases.map { Optional($0) }, emptyMessage: "No figures."),
            DataTable(title: "Victims", columns: ["VICTIMS"], rows: [], sources: [], emptyMessage: "No victims table."),
        ]
        findings.search = { query in
            // NB: search as you type adds `*` to the word being typed; this search finds words as substrings anyway.
            let words = query.split(separator: " ").map { $0.filter { $0 != "*" && $0 != "\"" } }.filter { !$0.isEmpty }
            guard !words.isEmpty else { return nil }
            return words.flatMap { spans(of: $0, in: cable) }.sorted()
        }
        return findings
    }

    /// A browser on the bundled cable with these findings.
    static func state(_ width: Int = 120, _ height: Int = 40) -> BrowserState {
        let cable = Fixtures.seedCable
        return BrowserState(
            document: Document(cable: cable, findings: make(cable)), size: Size(width: width, height: height))
    }
}
