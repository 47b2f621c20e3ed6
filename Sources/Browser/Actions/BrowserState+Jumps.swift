extension BrowserState {
    /// Records the current place on the jump list before a jump moves away from it.
    mutating func recordJump() {
        jumps.record(location)
    }

    /// Backspace, Ctrl-O: back to the place before the last jump; from the first place, back to the cable this one
    /// was followed from, else to the cable list it was opened from.
    mutating func jumpBack() -> Reaction {
        guard let place = jumps.back(from: location) else {
            if let reaction = returnToPreviousCable() { return reaction }
            if returnsToList { return .closeCable }
            message = StatusMessage("no earlier place in the jump list")
            return .redraw
        }
        restore(place)
        return .redraw
    }

    /// L: forward again along the jump list.
    mutating func jumpForward() -> Reaction {
        guard let place = jumps.forward() else {
            message = StatusMessage("no later place in the jump list")
            return .redraw
        }
        restore(place)
        return .redraw
    }

    /// Puts back a recorded place, fitted to the current size.
    mutating func restore(_ place: Location) {
        location = place
        clampReader()
        keepOutlineSelectionVisible()
        keepTablesVisible()
    }
}
