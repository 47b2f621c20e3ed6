extension BrowserState {
    /// `:27e`: shows the unit with the typed id in the reader, unfolding the outline to it.
    mutating func goToUnit(typed: String) -> Reaction {
        let typed = typed.trimmingSpaces
        guard !typed.isEmpty else { return .redraw }
        let position = document.cable.position(matching: typed)
        if position == nil, GoToCommand.quitWords.contains(typed.lowercased()) { return .quit }
        if position == nil, let page = GoToCommand.page(in: typed) { return goToPage(page) }
        guard let unit = position else {
            message = StatusMessage("no unit \"\(typed)\": ids look like \(exampleIDs)", kind: .warning)
            return .redraw
        }
        show(unit: unit)
        message = StatusMessage("went to \(document.cable.units[unit].id)")
        return .redraw
    }

    /// `:p5`: shows the unit where page 5 starts (or the unit that runs onto it).
    mutating func goToPage(_ page: Int) -> Reaction {
        let units = document.cable.units
        guard units.contains(where: { $0.page != nil }) else {
            message = StatusMessage("this cable has no page breaks", kind: .warning)
            return .redraw
        }
        let target = units.firstIndex { ($0.page ?? 0) >= page } ?? units.count - 1
        let start = units[target].page == page ? target : units.lastIndex { ($0.page ?? 0) < page } ?? target
        guard (units[start].page ?? 0) <= page, page >= 1, page <= (document.cable.pageCount ?? page) else {
            message = StatusMessage("no page \(page) in this cable", kind: .warning)
            return .redraw
        }
        show(unit: start)
        message = StatusMessage("page \(page): \(units[start].id)")
        return .redraw
    }

    /// Jumps to a unit in the reader, unfolding the outline to it.
    private mutating func show(unit: Int) {
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
