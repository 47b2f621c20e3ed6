/// The help screen, generated from the key map: every scope, every binding, its keys and its help line.
enum HelpScreen {
    /// A line of the help screen.
    struct Line {
        let keys: String
        let text: String
        let isTitle: Bool
    }

    /// The lines, in key-map order, grouped by scope.
    static func lines(keyMap: KeyMap) -> [Line] {
        var lines: [Line] = []
        for scope in KeyScope.allCases {
            let bindings = keyMap.bindings(in: scope)
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", text: "", isTitle: false)) }
            lines.append(Line(keys: "", text: scope.title, isTitle: true))
            for binding in bindings { lines.append(Line(keys: binding.keyLabels, text: binding.help, isTitle: false)) }
        }
        lines.append(Line(keys: "", text: "", isTitle: false))
        lines.append(Line(keys: "", text: "Mouse: a click focuses a pane and selects a row; the wheel scrolls.", isTitle: false))
        return lines
    }

    static func draw(keyMap: KeyMap, scroll: Int, in rect: Rect, into screen: inout Screen) {
        PaneTitle.draw("Help", detail: "keys from the key map · j k scroll · ? Esc close", focused: true, in: rect.top(1), into: &screen)
        let body = rect.droppingTop(1)
        let lines = lines(keyMap: keyMap)
        let keyWidth = min(24, (lines.map { screen.displayWidth.width(of: $0.keys) }.max() ?? 0) + 2)
        for row in 0..<body.height {
            let position = scroll + row
            guard position < lines.count else { break }
            let line = lines[position]
            let y = body.y + row
            if line.isTitle {
                screen.write(" " + line.text, column: body.x, row: y, limit: body.maxX, style: .heading)
                continue
            }
            screen.write("   " + line.keys, column: body.x, row: y, limit: body.maxX, style: CellStyle(.hintKey, .bold))
            screen.writeTruncated(line.text, column: body.x + 3 + keyWidth, row: y, limit: body.maxX, style: .plain)
        }
    }
}
