import CableModel

/// What the library says about one cable's links: which of its REF lines' cables it holds, and which of its cables
/// refer to this one. Read once, when the cable opens.
public struct CableLinks: Sendable {
    /// The ids of the REF lines' cables that the library holds.
    public var held: Set<String> = []
    /// The library's cables whose REF line names this cable, by date.
    public var citedBy: [CableListRow] = []
    /// Why the library could not be read, for the status line.
    public var problem: String?

    /// No links.
    public init() {}

    /// Asks `source` about `cable`: one lookup for every id its REF lines name, one for the cables citing it.
    public init(cable: Cable, source: any CableLinkSource) {
        let ids = cable.header.references.compactMap(\.cableID)
        do {
            held = ids.isEmpty ? [] : try source.held(ids)
            if let id = cable.header.id { citedBy = try source.citing(id) }
        } catch {
            problem = error.message
        }
    }
}
