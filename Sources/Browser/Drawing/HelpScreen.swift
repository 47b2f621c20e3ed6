/// The help screen, generated from the key map: every scope, every binding, its keys and its help line.
enum HelpScreen {
    /// A line of the help screen.
    struct Line {
        let keys: String
        let text: String
        let isTitle: Bool
    }

    /// The columns the keys take before the help text.
    static func keyColumns(_ keyMap: KeyMap) -> Int {
        min(24, (keyMap.bindings.map { $0.keyLabels.unicodeScalars.count }.max() ?? 0) + 2)
    }

    /// The lines for a screen `width` columns wide, in key-map order, grouped by scope (`leading` first: the screen
    /// the help was opened from); long help wraps.
    static func lines(keyMap: KeyMap, width: Int, leading: KeyScope = .everywhere) -> [Line] {
        let textWidth = max(10, width - 4 - keyColumns(keyMap))
        var lines: [Line] = []
        for scope in [leading] + KeyScope.allCases.filter({ $0 != leading }) {
            let bindings = keyMap.bindings(in: scope)
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", text: "", isTitle: false)) }
            lines.append(Line(keys: "", text: scope.title, isTitle: true))
            for binding in bindings {
                for (position, text) in wrapped(binding.help, width: textWidth).enumerated() {
                    lines.append(Line(keys: position == 0 ? binding.keyLabels : "", text: text, isTitle: false))
                }
            }
        }
        lines.append(Line(keys: "", text: "", isTitle: false))
        let mouse = "Mouse: a click focuses a pane and selects a row; the wheel scrolls."
        for text in wrapped(mouse, width: width - 2) { lines.append(Line(keys: "", text: text, isTitle: true)) }
        return lines
    }

    static func draw(
        keyMap: KeyMap, scroll: Int, in rect: Rect, into screen: inout Screen, leading: KeyScope = .everywhere
    ) {
        let scrollKeys = keyMap.label(of: .moveDown) + " " + keyMap.label(of: .moveUp)
        let close = keyMap.bindings(in: .help).first { $0.action == .closeHelp }?.keyLabels ?? ""
        PaneTitle.draw(
            "Help", detail: "keys from the key map · \(scrollKeys) scroll · \(close) close", focused: true,
            in: rect.top(1), into: &screen)
        let body = rect.droppingTop(1)
        let lines = lines(keyMap: keyMap, width: rect.width, leading: leading)
        let keyWidth = keyColumns(keyMap)
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
            screen.write(line.text, column: body.x + 3 + keyWidth, row: y, limit: body.maxX, style: .plain)
        }
    }

    private static func wrapped(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TextWrapper.wrap(scalars, width: width, displayWidth: .unicodeTable).map {
            String(String.UnicodeScalarView(scalars[$0]))
        }
    }
}
