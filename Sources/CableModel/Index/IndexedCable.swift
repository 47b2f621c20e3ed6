/// A cable with its index and its figures: what the command line and the browser load once at start-up.
public struct IndexedCable: Sendable {
    /// The cable.
    public let cable: Cable
    /// Its index.
    public let index: CableIndex
    /// Its figures and the tables derived from them, each figure under the statute the index finds in its sentence.
    public let statistics: CableStatistics

    /// Indexes a loaded cable and reads its figures.
    public init(_ cable: Cable, reference: ReferenceData) {
        self.cable = cable
        index = CableIndex.build(cable, reference: reference)
        statistics = CableStatistics(cable: cable, statutes: StatuteLookup(index: index))
    }

    /// Loads every cable in a file's bytes and indexes each.
    public static func load(_ bytes: [UInt8], reference: ReferenceData) throws(LoadError) -> [IndexedCable] {
        try CableLoader.load(bytes, reference: reference).map { IndexedCable($0, reference: reference) }
    }
}
