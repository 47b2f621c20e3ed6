/// A cable with its index: what the command line and the browser load once at start-up.
public struct IndexedCable: Sendable {
    /// The cable.
    public let cable: Cable
    /// Its index.
    public let index: CableIndex

    /// Indexes a loaded cable.
    public init(_ cable: Cable, reference: ReferenceData) {
        self.cable = cable
        index = CableIndex.build(cable, reference: reference)
    }

    /// Loads every cable in a file's bytes and indexes each.
    public static func load(_ bytes: [UInt8], reference: ReferenceData) throws(LoadError) -> [IndexedCable] {
        try CableLoader.load(bytes).map { IndexedCable($0, reference: reference) }
    }
}
