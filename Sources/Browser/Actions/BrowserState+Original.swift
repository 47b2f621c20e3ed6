extension BrowserState {
    /// `v`: the reader shows the file's original lines from where the unit at its top starts, or the clean text
    /// again at the unit the original lines were showing.
    mutating func toggleOriginal() -> Reaction {
        let original = document.original
        guard !original.lines.isEmpty else {
            message = StatusMessage("the original lines of this cable are not known", kind: .warning)
            return .redraw
        }
        if reader.showsOriginal {
            reader.showsOriginal = false
            read(unit: original.unit(atLine: reader.originalTop))
            message = StatusMessage("clean text")
        } else {
            reader.showsOriginal = true
            let unit = reader.top.unit
            reader.originalTop = original.unitLines.indices.contains(unit) ? original.unitLines[unit] : 0
            clampOriginal()
            message = StatusMessage("original text: \(keyMap.label(of: .toggleOriginal)) for the clean text")
        }
        focus = .reader
        paragraphsFocus = .reader
        return .redraw
    }

    /// Scrolls the original lines; the current unit becomes the one whose lines are at the top.
    mutating func scrollOriginal(_ motion: Motion) -> Reaction {
        let height = contentRect(of: .reader).height
        let count = document.original.lines.count
        let target: Int
        switch motion {
        case .lines(let delta): target = reader.originalTop + delta
        case .pages(let delta): target = reader.originalTop + delta * max(1, height - 1)
        case .halfPages(let delta): target = reader.originalTop + delta * max(1, height / 2)
        case .start: target = 0
        case .end: target = count
        }
        let top = max(0, min(target, count - max(1, height)))
        guard top != reader.originalTop else { return .none }
        reader.originalTop = top
        reader.current = document.original.unit(atLine: top)
        keepOutlineSelectionVisible()
        return .redraw
    }

    /// Keeps the first original line shown within the lines.
    mutating func clampOriginal() {
        let height = contentRect(of: .reader).height
        reader.originalTop = max(0, min(reader.originalTop, document.original.lines.count - max(1, height)))
    }
}
