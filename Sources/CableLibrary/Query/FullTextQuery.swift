import CableModel
import Foundation
import GRDB

/// A parsed search query written as an FTS5 match expression: every clause must occur in a unit; a lone word
/// matches the indexed words that share its stem, a phrase its words in a row, a prefix every word it starts,
/// and an exclusion removes units.
enum FullTextQuery {
    /// The match expression, or nil when the query has nothing to look for.
    static func match(_ query: SearchQuery, in db: Database) throws -> String? {
        var included: [String] = []
        var excluded: [String] = []
        for clause in query.clauses {
            let expression = try self.expression(clause, in: db)
            if clause.isExcluded { excluded.append(expression) } else { included.append(expression) }
        }
        guard !included.isEmpty else { return nil }
        return ([included.joined(separator: " AND ")] + excluded).joined(separator: " NOT ")
    }

    private static func expression(_ clause: SearchQuery.Clause, in db: Database) throws -> String {
        if clause.matchesInflections, let term = clause.terms.first {
            let word = folded(term.text)
            let forms = try TermStems.inflections(of: word, in: db)
            return "(" + (forms.isEmpty ? [word] : forms).map(quoted).joined(separator: " OR ") + ")"
        }
        let parts = clause.terms.map { quoted(folded($0.text)) + ($0.isPrefix ? " *" : "") }
        return "(" + parts.joined(separator: " + ") + ")"
    }

    /// A word lower-cased with its diacritics removed, as the full-text index holds it.
    static func folded(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// A word as an FTS5 string.
    private static func quoted(_ word: String) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
