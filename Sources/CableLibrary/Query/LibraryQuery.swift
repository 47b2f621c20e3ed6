import CableModel

/// A query over the library: the single-cable search syntax (words, `"phrases"`, `prefix*`, `-exclusions`, smart
/// case) plus field filters (`tag:KTIP date:2010 class:>=confidential`). Every filter and every word must hold.
public struct LibraryQuery: Sendable, Equatable {
    /// One field filter.
    public enum Filter: Sendable, Equatable {
        case origin(String)
        case tag(String)
        case classification(ClassificationBound)
        case date(DateBound)
        case subject(String)
        case cites(String)
        case citedBy(String)
        case statute(String)
        case name(String)
        case file(String)
    }

    /// The field filters, in the order typed.
    public let filters: [Filter]
    /// The words left once the filters are taken out, parsed as the single-cable search parses them.
    public let words: SearchQuery
    /// Those words as typed.
    public let wordsText: String

    /// The query that keeps every cable.
    public static let everything = try! LibraryQuery("")

    /// Whether the query has words to look for (not only filters).
    public var hasWords: Bool { !words.clauses.isEmpty }

    /// Reads a query as typed; bad syntax points at the offending part.
    public init(_ text: String) throws(QuerySyntaxError) {
        var filters: [Filter] = []
        var rest: [String] = []
        for token in try QueryTokens.split(text) {
            if let field = token.field {
                filters.append(try LibraryQuery.filter(field, token: token))
            } else {
                rest.append(token.text)
            }
        }
        self.filters = filters
        wordsText = rest.joined(separator: " ")
        words = SearchQuery(wordsText)
        if !rest.isEmpty, words.isEmpty, !words.clauses.isEmpty {
            throw QuerySyntaxError(message: "a query of exclusions only finds nothing", part: text, column: 0)
        }
    }

    private static func filter(_ field: QueryField, token: QueryTokens.Token) throws(QuerySyntaxError) -> Filter {
        let value = token.value
        guard !value.isEmpty else {
            throw QuerySyntaxError(message: "\(field.rawValue): needs a value", part: token.text, column: token.column)
        }
        switch field {
        case .origin: return .origin(value)
        case .tag: return .tag(value.uppercased())
        case .subject: return .subject(value)
        case .cites: return .cites(value.uppercased())
        case .citedBy: return .citedBy(value.uppercased())
        case .statute: return .statute(value)
        case .name: return .name(value)
        case .file: return .file(value)
        case .classification:
            guard let bound = ClassificationBound(value) else {
                let levels = ClassificationLevel.allCases.map { $0.word.lowercased() }.joined(separator: ", ")
                throw QuerySyntaxError(
                    message: "class: takes a level (\(levels)), optionally after <, <=, >, >= or =",
                    part: token.text, column: token.column)
            }
            return .classification(bound)
        case .date:
            guard let bound = DateBound(value) else {
                throw QuerySyntaxError(
                    message: "date: takes a year, month or day (2009, 2009-06, 2009-06-30) or a range A..B",
                    part: token.text, column: token.column)
            }
            return .date(bound)
        }
    }
}

/// A bound on the classification level: `secret`, `>=confidential`, `<secret`.
public struct ClassificationBound: Sendable, Equatable {
    /// The comparison.
    public let comparison: String
    /// The level compared with.
    public let level: ClassificationLevel

    /// A bound of a level.
    init(comparison: String, level: ClassificationLevel) {
        self.comparison = comparison
        self.level = level
    }

    /// Reads a level after an optional comparison.
    public init?(_ text: String) {
        let comparison = ["<=", ">=", "<", ">", "="].first { text.hasPrefix($0) } ?? "="
        let word = text.hasPrefix(comparison) ? String(text.dropFirst(comparison.count)) : text
        guard let level = ClassificationLevel(filterWord: word) else { return nil }
        self.comparison = comparison
        self.level = level
    }
}
