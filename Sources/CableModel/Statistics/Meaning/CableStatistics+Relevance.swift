extension CableStatistics {
    /// The figures with the reported ones (enforcement, victims, penalties, money) first, then other counts, then
    /// context; in document order within each.
    public var figuresByRelevance: [Figure] {
        figures.enumerated().sorted { a, b in
            a.element.relevance != b.element.relevance ? a.element.relevance < b.element.relevance : a.offset < b.offset
        }.map(\.element)
    }
}
