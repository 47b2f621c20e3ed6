extension Cable {
    /// The position of the unit a user means by a typed id: the id exactly as written, else the same id ignoring
    /// case, dots and spaces (`27e`, `27 E` and `27.E` are one unit).
    public func position(matching typed: String) -> Int? {
        if let position = position(of: typed) { return position }
        let key = Cable.lookupKey(typed)
        guard !key.isEmpty else { return nil }
        return units.firstIndex { Cable.lookupKey($0.id) == key }
    }

    /// The unit a user means by a typed id; see `position(matching:)`.
    public func unit(matching typed: String) -> Unit? {
        position(matching: typed).map { units[$0] }
    }

    /// Upper case without dots and spaces: `27.e` and `27E` are the same key.
    static func lookupKey(_ id: String) -> String {
        String(id.uppercased().filter { $0 != "." && $0 != " " })
    }
}
