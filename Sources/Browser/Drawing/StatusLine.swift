/// The bottom row: where the reader is, the search, the statute reference, a message, `indexing…` until the
/// findings are derived, and key hints; or the prompt being typed.
enum StatusLine {
    static func draw(_ state: BrowserState, in rect: Rect, into screen: inout Screen) {
        screen.fill(rect, style: .statusBar)
        if let prompt = state.prompt {
            drawPrompt(prompt, state: state, in: rect, into: &screen)
            return
        }
        var column = rect.x
        for segment in StatusSegments.of(state) {
            guard column < rect.maxX else { break }
            column = screen.write(" ", column: column, row: rect.y, limit: rect.maxX, style: .statusBar)
            column = screen.writeTruncated(
                segment.text, column: column, row: rect.y, limit: rect.maxX, style: segment.style)
            column = screen.write(" ", column: column, row: rect.y, limit: rect.maxX, style: .statusBar)
        }
        drawHints(state, from: column + 1, in: rect, into: &screen)
    }

    /// The hints for the focused pane, right-aligned, as many as fit.
    private static func drawHints(_ state: BrowserState, from start: Int, in rect: Rect, into screen: inout Screen) {
        let scope: KeyScope = state.help != nil ? .help : state.focus.scope
        drawHints(state.keyMap.hints(for: scope), from: start, in: rect, into: &screen)
    }

    /// `hints` right-aligned after column `start`, as many as fit.
    static func drawHints(_ hints: [String], from start: Int, in rect: Rect, into screen: inout Screen) {
        var shown: [String] = []
        var width = 0
        for hint in hints {
            let extra = screen.displayWidth.width(of: hint) + 2
            if start + width + extra > rect.maxX { break }
            shown.append(hint)
            width += extra
        }
        guard !shown.isEmpty else { return }
        screen.writeRightAligned(
            shown.joined(separator: "  ") + " ", endingAt: rect.maxX, row: rect.y, limit: start, style: .hintKey)
    }

    /// `/cotton` with the cursor after it; the count or a reminder of the keys at the right, where it fits.
    private static func drawPrompt(_ prompt: Prompt, state: BrowserState, in rect: Rect, into screen: inout Screen) {
        var column = screen.write(prompt.kind.sigil, column: rect.x, row: rect.y, limit: rect.maxX, style: .prompt)
        let room = rect.maxX - column - 1
        let typedWidth = screen.displayWidth.width(of: prompt.text)
        // NB: a line longer than the room shows its end, where the typing happens.
        let shown =
            typedWidth > room ? String(String.UnicodeScalarView(prompt.text.unicodeScalars.suffix(room))) : prompt.text
        column = screen.write(shown, column: column, row: rect.y, limit: rect.maxX - 1, style: .prompt)
        screen.cursor = CellPosition(column: min(column, rect.maxX - 1), row: rect.y)
        let free = rect.maxX - column - 3
        guard let info = promptInfo(prompt, state: state).first(where: { screen.displayWidth.width(of: $0) <= free })
        else { return }
        screen.writeRightAligned(info + " ", endingAt: rect.maxX, row: rect.y, limit: column + 2, style: .statusBar)
    }

    /// What to show right of the prompt, longest first.
    private static func promptInfo(_ prompt: Prompt, state: BrowserState) -> [String] {
        let keys = state.keyMap
        let accept = keys.label(of: .acceptPrompt, in: .prompt)
        let cancel = keys.label(of: .cancelPrompt, in: .prompt)
        let history = keys.label(of: .olderPromptEntry, in: .prompt) + keys.label(of: .newerPromptEntry, in: .prompt)
        switch prompt.kind {
        case .goTo:
            let example = state.document.cable.units.last?.id ?? "1"
            return [
                "unit id, e.g. \(example) · \(accept) go · \(cancel) cancel", "\(accept) go · \(cancel) cancel",
            ]
        case .filter:
            return ["type words to narrow the list · \(accept) keep · \(cancel) restore", "\(cancel) restore"]
        case .file:
            return ["\(accept) write · \(cancel) cancel", "\(cancel) cancel"]
        case .search:
            if prompt.text.isEmpty {
                return [
                    "type to search · \(accept) keep · \(cancel) restore · \(history) history", "\(cancel) restore",
                ]
            }
            let count = state.search.matches.count
            let text = count == 0 ? state.search.noMatchText : SearchWording.matches(count)
            return [text]
        }
    }
}

/// The pieces of the status line, left to right.
enum StatusSegments {
    struct Segment {
        let text: String
        let style: CellStyle
    }

    static func of(_ state: BrowserState) -> [Segment] {
        var segments: [Segment] = []
        let document = state.document
        if let unit = state.currentUnit {
            let page = PageLabel.text(unit.page, of: document.cable.pageCount).map { " " + $0 } ?? ""
            segments.append(Segment(text: unit.id + page, style: CellStyle(.statusBar, [.reverse, .bold])))
        } else {
            segments.append(Segment(text: "no text", style: CellStyle(.statusBar, [.reverse, .bold])))
        }
        if let search = searchText(state) { segments.append(Segment(text: search, style: .statusBar)) }
        if let statute = statuteText(state) { segments.append(Segment(text: statute, style: .statusBar)) }
        if let message = state.message {
            segments.append(
                Segment(text: message.text, style: message.kind == .warning ? .statusWarning : .statusMessage))
        }
        if document.isIndexing { segments.append(Segment(text: indexingText, style: .statusMessage)) }
        return segments
    }

    /// What the status line says while the first frame's findings are still to be derived.
    static let indexingText = "indexing…"

    /// `/cotton 3/17`, `/cotton 17`, `/cotton no match`.
    static func searchText(_ state: BrowserState) -> String? {
        let search = state.search
        guard search.isActive else { return nil }
        if search.matches.isEmpty { return "/\(search.query) \(search.noMatchText)" }
        if let current = search.current { return "/\(search.query) \(current + 1)/\(search.matches.count)" }
        return "/\(search.query) \(search.matches.count)"
    }
}
