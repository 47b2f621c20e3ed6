/// What the index and the statistics found in a cable, in the browser's terms: positions are unit positions, and
/// everything is in the order the panes and the stepping keys use. Built once, when the cable loads.
public struct CableFindings: Sendable {
    /// The statistics tables.
    public var tables: [DataTable] = []
    /// The index pane's groups.
    public var indexGroups: [IndexGroup] = []
    /// The statutes cited.
    public var statutes: [StatuteSummary] = []
    /// Every statute mention, in document order.
    public var statuteMentions: [StatuteMentionPlace] = []
    /// Every paragraph cross-reference, in document order.
    public var crossReferences: [CrossReferencePlace] = []
    /// What the library holds of the cables this one refers to and of those citing it; nil without a library.
    public var links: CableLinks?
    /// Runs a search: every match in document order, or nil when the query has nothing to look for.
    public var search: @Sendable (String) -> [FieldSpan]? = { _ in nil }

    /// Nothing found.
    public init() {}
}
