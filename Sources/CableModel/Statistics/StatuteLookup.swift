/// A statute cited in a unit's field, as the statistics need it: which statute, and where.
public struct CitedStatute: Sendable, Equatable {
    /// The statute as the tables show it (`241.2`, `Article 132`).
    public let statute: String
    /// The mention's text as Unicode-scalar offsets into the field.
    public let range: Range<Int>

    /// Creates a citation.
    public init(statute: String, range: Range<Int>) {
        self.statute = statute
        self.range = range
    }
}

/// Where the figure extractor learns which statutes a field mentions. The statute references come from the index;
/// the extractor only asks, so that it has no statute finder of its own.
public struct StatuteLookup: Sendable {
    /// The citations in a unit's field, in any order.
    public let citations: @Sendable (_ unitID: String, _ field: Unit.Field) -> [CitedStatute]

    /// A lookup answering with `citations`.
    public init(_ citations: @escaping @Sendable (_ unitID: String, _ field: Unit.Field) -> [CitedStatute]) {
        self.citations = citations
    }

    /// A lookup that knows no statutes.
    public static let none = StatuteLookup { _, _ in [] }
}
