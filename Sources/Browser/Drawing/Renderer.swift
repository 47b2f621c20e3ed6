/// Paints a whole frame of the browser into a cell grid: title bar, tabs, panes, status line, help or notice.
public enum Renderer {
    /// A new grid holding the frame for `state`.
    public static func render(_ state: BrowserState) -> Screen {
        var screen = Screen(size: state.size, displayWidth: state.document.displayWidth)
        render(state, into: &screen)
        return screen
    }

    /// Paints the frame for `state` into `screen`, reusing its storage.
    public static func render(_ state: BrowserState, into screen: inout Screen) {
        screen.clear(to: state.size)
        let layout = state.layout
        if layout.isTooSmall {
            TooSmallNotice.draw(size: state.size, keyMap: state.keyMap, into: &screen)
            return
        }
        TitleBar.draw(state, in: layout.titleBar, into: &screen)
        let body = Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 2)
        if let help = state.help {
            HelpScreen.draw(keyMap: state.keyMap, scroll: help.scroll, in: body, into: &screen)
        } else {
            if let tabRow = layout.tabRow { TabRow.draw(state, layout: layout, in: tabRow, into: &screen) }
            for (pane, rect) in layout.panes { drawPane(pane, state: state, in: rect, into: &screen) }
            for separator in layout.separators {
                for row in separator.y..<separator.maxY {
                    screen.write("│", column: separator.x, row: row, style: .separator)
                }
            }
        }
        StatusLine.draw(state, in: layout.statusLine, into: &screen)
    }

    /// A pane's title row, then its content, as the pane table says.
    private static func drawPane(_ id: PaneID, state: BrowserState, in rect: Rect, into screen: inout Screen) {
        let pane = PaneTable.pane(id)
        PaneTitle.draw(
            pane.title, detail: pane.detail(state), focused: state.focus == id, in: rect.top(1), into: &screen)
        pane.draw(state, rect.droppingTop(1), &screen)
    }
}
