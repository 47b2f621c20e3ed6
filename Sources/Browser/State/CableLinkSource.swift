import CableModel

/// Where the browser follows a cable's references to other cables: which cables of a REF line the library holds,
/// the cables that refer to one, and a cable by its id. The executable answers it from the library's database, so
/// the browser knows nothing of SQLite; tests hand it cables in memory. Each call is one indexed lookup.
public protocol CableLinkSource {
    /// The ids among `ids` that the library holds.
    func held(_ ids: [String]) throws(CableListError) -> Set<String>
    /// The library's cables whose REF line names the cable `id`, by date.
    func citing(_ id: String) throws(CableListError) -> [CableListRow]
    /// The cable with this id, parsed from its stored text; nil when the library does not hold it.
    func cable(withID id: String) throws(CableListError) -> Cable?
}
