/// The current search: the query, its matches in document order, the match the reader is on, and the history.
public struct SearchState: Hashable, Sendable {
    /// The query as typed.
    public var query = ""
    /// Every match, in document order.
    public var matches: [FieldSpan] = []
    /// The match last stepped to, by position in `matches`.
    public var current: Int?
    /// Queries kept with Enter, oldest first.
    public var history: [String] = []
    /// Whether the query has nothing to look for (only stop words, punctuation or exclusions).
    public var isEmptyQuery = false

    /// Creates an empty search.
    public init() {}

    /// Whether a query is active.
    public var isActive: Bool { !query.isEmpty }

    /// What to say when there are no matches: `no match`, or `nothing to search for` for an empty query.
    public var noMatchText: String { isEmptyQuery ? "nothing to search for" : "no match" }

    /// The message for Enter or `n` without matches.
    public var noMatchMessage: String {
        if isEmptyQuery { return SearchWording.emptyQueryProblem(query) ?? "nothing to search for" }
        return SearchWording.noMatch(query)
    }
}
