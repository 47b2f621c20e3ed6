extension BrowserState {
    /// Asks for the previous or next cable of the file (the event loop opens it) or of the library's list it was
    /// opened from (the list opens it); says so when there is none.
    mutating func requestCable(by delta: Int) -> Reaction {
        let whole = place.list == nil ? "file" : "list"
        guard place.count > 1 else {
            message = StatusMessage("this \(whole) holds one cable")
            return .redraw
        }
        let target = place.position + delta
        guard target >= 0, target < place.count else {
            message = StatusMessage("at the \(delta < 0 ? "first" : "last") cable of the \(whole)")
            return .redraw
        }
        place.requested = target
        return .switchCable
    }
}
