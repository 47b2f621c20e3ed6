import Browser
import CableModel

/// The output of `cablegram search`: one line per hit, or JSON.
enum SearchReport {
    /// `ID  SCORE  snippet`, the match in reverse video on a terminal or in [brackets] otherwise.
    static func text(_ result: SearchResult, query: String, highlight: Bool) -> String {
        guard !result.hits.isEmpty else { return SearchWording.noMatch(query) + "\n" }
        let idWidth = result.hits.map(\.unitID.count).max() ?? 2
        var lines: [String] = []
        for hit in result.hits {
            let id = hit.unitID + String(repeating: " ", count: idWidth - hit.unitID.count)
            lines.append(id + "  " + score(hit.score) + "  " + marked(hit.snippet, highlight: highlight))
        }
        lines.append(SearchWording.units(result.hits.count) + ", " + SearchWording.matches(result.matches.count))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The snippet with its match marked.
    ///
    /// NB: with `highlight` the output goes to a terminal, so the snippet's own control characters are made
    /// visible here, piece by piece, and only the highlight's escape sequences stay raw.
    static func marked(_ snippet: Snippet, highlight: Bool) -> String {
        let scalars = Array(snippet.text.unicodeScalars)
        let range = snippet.highlight.clamped(to: 0..<scalars.count)
        func piece(_ part: ArraySlice<Unicode.Scalar>) -> String {
            var text = ""
            text.unicodeScalars.append(contentsOf: part)
            return highlight ? TerminalText.visible(text) : text
        }
        return piece(scalars[..<range.lowerBound]) + (highlight ? "\u{1B}[7m" : "[") + piece(scalars[range])
            + (highlight ? "\u{1B}[0m" : "]") + piece(scalars[range.upperBound...])
    }

    private static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let text = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }

    /// `{query, cable, hits: [{paragraph, score, snippet, highlight, matches}], matchCount}`.
    static func json(_ result: SearchResult, cable: Cable) -> JSONValue {
        .object([
            (
                "query",
                .array(
                    result.query.clauses.map { clause in
                        .string(
                            (clause.isExcluded ? "-" : "")
                                + clause.terms.map { $0.text + ($0.isPrefix ? "*" : "") }.joined(separator: " "))
                    })
            ),
            ("cable", .optional(cable.header.id)),
            (
                "hits",
                .array(
                    result.hits.map { hit in
                        .object([
                            ("paragraph", .string(hit.unitID)),
                            ("score", .number((hit.score * 1000).rounded() / 1000)),
                            ("snippet", .string(hit.snippet.text)),
                            (
                                "highlight",
                                .object([
                                    ("start", .integer(hit.snippet.highlight.lowerBound)),
                                    ("end", .integer(hit.snippet.highlight.upperBound)),
                                ])
                            ),
                            (
                                "matches",
                                .array(
                                    hit.matches.map { match in
                                        .object([
                                            ("field", .string(match.field.rawValue)),
                                            ("start", .integer(match.range.lowerBound)),
                                            ("end", .integer(match.range.upperBound)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            ("matchCount", .integer(result.matches.count)),
        ])
    }
}
