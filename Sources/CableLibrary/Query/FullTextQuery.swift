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
        if clause.terms.count == 1, let term = clause.terms.first, term.isPrefix,
            let words = try prefixedWords(folded(term.text), in: db)
        {
            return "(" + words.map(quoted).joined(separator: " OR ") + ")"
        }
        let parts = clause.terms.map { quoted(folded($0.text)) + ($0.isPrefix ? " *" : "") }
        return "(" + parts.joined(separator: " + ") + ")"
    }

    /// The most indexed words a lone prefix is written out as; a prefix that begins more stays a prefix.
    static let writtenOutPrefixWords = 64

    /// The indexed words that begin with `prefix`, when there are 1 to `writtenOutPrefixWords` of them.
    ///
    /// NB: FTS5 answers a prefix by merging the lists of every word it begins, whole, at each statement that matches
    /// it, however soon the statement stops (`prosecut*` on 105,664 cables: about 6 ms each, five statements a
    /// search); the same words joined by OR are read only as far as the statement goes (a page's end 8 → 0.2 ms,
    /// its count to 5,001 matches 6 → 1 ms). Looking the words up costs a read of their lists once (1–2 ms).
    private static func prefixedWords(_ prefix: String, in db: Database) throws -> [String]? {
        let words = try String.fetchAll(
            db, sql: "SELECT term FROM unit_vocabulary WHERE term >= ? AND term <= ? LIMIT ?",
            arguments: [prefix, prefix + "\u{10FFFF}", writtenOutPrefixWords + 1])
        return (1...writtenOutPrefixWords).contains(words.count) ? words : nil
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
