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

    /// Creates an empty search.
    public init() {}

    /// Whether a query is active.
    public var isActive: Bool { !query.isEmpty }
}
