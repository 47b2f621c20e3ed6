extension LibraryBrowser {
    /// Puts a filter in force before the list first shows (`cablegram DIR` opens on the folder's cables), as if it
    /// had been typed at the prompt and kept; a filter that does not parse leaves every cable and says why.
    ///
    /// NB: answered here, before the first frame, rather than in the background: the list has nothing to show yet.
    public mutating func apply(filter query: String) {
        ask(filter: query, waitsForPause: false)
        answerRequest()
        if message == nil { filter = query }
    }

    /// The id of the list's cable at `position`: from the rows in view, else read from the source; nil past the
    /// ends of the list or when it cannot be read (the offer of the next cable then names none).
    func listID(at position: Int) -> String? {
        guard position >= 0, position < list.count else { return nil }
        let offset = position - list.loaded.lowerBound
        if list.loaded.contains(position), list.rows.indices.contains(offset) { return list.rows[offset].id }
        return try? source.rows(position..<position + 1).first?.id
    }
}
