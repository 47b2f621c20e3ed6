/// What a search found: the units that match, best first, and every match in document order.
public struct SearchResult: Sendable, Equatable {
    /// The parsed query.
    public let query: SearchQuery
    /// The matching units, by descending score; ties in document order.
    public let hits: [SearchHit]
    /// Every match of every hit in document order (units in cable order, a heading before its text), for
    /// stepping from match to match.
    public let matches: [TextSpan]

    /// Whether the query had nothing to look for (empty, punctuation, stop words or only exclusions).
    /// Such a result has no hits; say so rather than "no matches".
    public var isEmptyQuery: Bool { query.isEmpty }
}

/// One unit that matches a query.
public struct SearchHit: Sendable, Equatable {
    /// The unit's id.
    public let unitID: String
    /// The relevance score (BM25 summed over the query's clauses); higher is better.
    public let score: Double
    /// Every match in the unit, heading before text, in order: exact ranges for highlighting.
    public let matches: [TextSpan]
    /// One line of text around the first match.
    public let snippet: Snippet
}

/// One line of text cut around a match, with the match's place in it.
public struct Snippet: Sendable, Equatable {
    /// The line: the field's text around the match, line breaks turned to spaces, `…` where cut.
    public let text: String
    /// The match's scalar range inside `text`.
    public let highlight: Range<Int>
}
