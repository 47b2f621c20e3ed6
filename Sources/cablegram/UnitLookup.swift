import CableModel

/// Finds a unit by the id a user types: `27.E`, `27e`, `27 E`, `u1`.
enum UnitLookup {
    static func find(_ typed: String, in cable: Cable) -> Unit? {
        if let unit = cable.unit(id: typed) { return unit }
        let key = normalised(typed)
        return cable.units.first { normalised($0.id) == key }
    }

    /// Upper case without dots and spaces: `27.e` and `27E` are the same key.
    static func normalised(_ id: String) -> String {
        String(id.uppercased().filter { $0 != "." && $0 != " " })
    }
}
