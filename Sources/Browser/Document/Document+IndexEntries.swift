extension Document {
    /// The index entry of an entry-list row; nil for a group heading or a row past the end.
    func indexEntry(atRow row: Int) -> IndexEntry? {
        guard indexRows.indices.contains(row), case .entry(let group, let entry) = indexRows[row] else { return nil }
        return findings.indexGroups[group].entries[entry]
    }
}
