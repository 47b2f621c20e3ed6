extension BrowserState {
    /// Asks the event loop to open the previous or next cable of the file; says so when there is none.
    mutating func requestCable(by delta: Int) -> Reaction {
        guard place.count > 1 else {
            message = StatusMessage("this file holds one cable")
            return .redraw
        }
        let target = place.position + delta
        guard target >= 0, target < place.count else {
            message = StatusMessage(delta < 0 ? "at the first cable of the file" : "at the last cable of the file")
            return .redraw
        }
        place.requested = target
        return .switchCable
    }
}
