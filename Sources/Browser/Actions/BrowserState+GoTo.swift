extension BrowserState {
    /// `:27e`: shows the unit with the typed id in the reader, unfolding the outline to it.
    mutating func goToUnit(typed: String) -> Reaction {
        let typed = typed.trimmingSpaces
        guard !typed.isEmpty else { return .redraw }
        guard let unit = document.cable.position(matching: typed) else {
            message = StatusMessage("no unit \"\(typed)\": ids look like \(exampleIDs)", kind: .warning)
            return .redraw
        }
        recordJump()
        var ancestor = document.tree.parent[unit]
        while let folded = ancestor {
            outline.folded.remove(folded)
            ancestor = document.tree.parent[folded]
        }
        cursor = nil
        focus = .reader
        paragraphsFocus = .reader
        read(unit: unit)
        message = StatusMessage("went to \(document.cable.units[unit].id)")
        return .redraw
    }

    /// A few ids of the cable, to show what an id looks like.
    private var exampleIDs: String {
        let units = document.cable.units
        let picks = [units.first, units.first { $0.parent != nil }, units.last].compactMap { $0?.id }
        var seen: [String] = []
        for id in picks where !seen.contains(id) { seen.append(id) }
        return seen.joined(separator: ", ")
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
