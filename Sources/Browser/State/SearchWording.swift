import CableModel

/// What the browser and the command line say about a search, in one wording: `no match for "cotton"`, `1 match`,
/// and why a query has nothing to look for.
public enum SearchWording {
    /// The line for a query that matched nothing.
    public static func noMatch(_ query: String) -> String { "no match for \"\(query)\"" }

    /// `1 match`, `17 matches`.
    public static func matches(_ count: Int) -> String { Count.of(count, "match", plural: "matches") }

    /// `1 unit`, `4 units`.
    public static func units(_ count: Int) -> String { Count.of(count, "unit") }

    /// Why `query` has nothing to look for (only stop words or punctuation, or only exclusions), or nil when it has.
    public static func emptyQueryProblem(_ query: String) -> String? {
        let clauses = SearchQuery(query).clauses
        if clauses.isEmpty { return "only stop words or punctuation: nothing to search for" }
        if clauses.allSatisfy(\.isExcluded) { return "only exclusions: a query needs a word to find (harvest -cotton)" }
        return nil
    }
}
