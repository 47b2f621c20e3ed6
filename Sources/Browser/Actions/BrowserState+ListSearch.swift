extension BrowserState {
    /// `n` past the last hit (`N` before the first) of a cable opened from a list filtered by words: the first time
    /// says so and names the list's next (previous) cable; the same key again opens it (as `>` `<` do) at its first
    /// (last) hit. Nil when the search is not the list's, so the step wraps within the cable as in a file.
    mutating func stepAcrossCables(by delta: Int, offered: Int?) -> Reaction? {
        guard let words = place.words, search.query == words else { return nil }
        let forward = delta > 0
        let edge = forward ? "last" : "first"
        let target = place.position + delta
        guard target >= 0, target < place.count else {
            message = StatusMessage("\(edge) hit of the \(edge) cable of the list")
            return .redraw
        }
        if offered == target {
            place.opensAtLastHit = !forward
            return requestCable(by: delta)
        }
        place.offered = target
        let name = (forward ? place.nextID : place.previousID) ?? "the \(forward ? "next" : "previous") cable"
        let key = keyMap.label(of: forward ? .nextMatch : .previousMatch)
        message = StatusMessage("\(edge) hit in this cable: \(key) again opens \(name)")
        return .redraw
    }

    /// Puts the reader at the search's last hit (a cable opened by `N` from the first hit of the one after it).
    mutating func revealLastHit() {
        guard let last = search.matches.indices.last else { return }
        search.current = last
        reveal(search.matches[last], as: .searchHit(last))
    }
}
