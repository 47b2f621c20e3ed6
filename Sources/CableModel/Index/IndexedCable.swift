/// A cable with its index and its figures: what the command line and the browser load once at start-up.
public struct IndexedCable: Sendable {
    /// The cable.
    public let cable: Cable
    /// Its index.
    public let index: CableIndex
    /// Its figures and the tables derived from them, each figure under the statute the index finds in its sentence.
    public let statistics: CableStatistics

    /// Indexes a loaded cable and reads its figures.
    public init(_ cable: Cable, knowledge: GeneralKnowledge) {
        self.cable = cable
        index = CableIndex.build(cable, knowledge: knowledge)
        statistics = CableStatistics(cable: cable, statutes: StatuteLookup(index: index))
    }

    /// Loads every cable in a file's bytes and indexes each; `name` is the file's name (see `CableLoader.load`).
    public static func load(
        _ bytes: [UInt8], knowledge: GeneralKnowledge, name: String? = nil
    ) throws(LoadError) -> [IndexedCable] {
        try CableLoader.load(bytes, knowledge: knowledge, name: name).map { IndexedCable($0, knowledge: knowledge) }
    }
}
