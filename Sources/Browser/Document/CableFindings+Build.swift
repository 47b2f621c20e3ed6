import CableModel

extension CableFindings {
    /// What the index and the statistics found in an indexed cable, in the browser's terms.
    public init(_ indexed: IndexedCable) {
        self.init(cable: indexed.cable, index: indexed.index)
        tables = CableFindings.tables(indexed.statistics, cable: indexed.cable)
    }

    /// Indexes `cable` with the reference lists, reads its figures, and keeps what the browser shows.
    public init(cable: Cable, knowledge: GeneralKnowledge) {
        self.init(IndexedCable(cable, knowledge: knowledge))
    }
}
