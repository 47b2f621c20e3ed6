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
            TooSmallNotice.draw(size: state.size, into: &screen)
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

    private static func drawPane(_ pane: PaneID, state: BrowserState, in rect: Rect, into screen: inout Screen) {
        let focused = state.focus == pane
        let content = rect.droppingTop(1)
        switch pane {
        case .outline:
            PaneTitle.draw(
                pane.title, detail: OutlinePane.detail(state), focused: focused, in: rect.top(1), into: &screen)
            OutlinePane.draw(state, in: content, into: &screen)
        case .reader:
            PaneTitle.draw(
                pane.title, detail: ReaderPane.detail(state), focused: focused, in: rect.top(1), into: &screen)
            ReaderPane.draw(state, in: content, into: &screen)
        case .statistics:
            PaneTitle.draw(
                pane.title, detail: StatisticsPane.detail(state), focused: focused, in: rect.top(1), into: &screen)
            StatisticsPane.draw(state, in: content, into: &screen)
        case .index:
            PaneTitle.draw(
                pane.title, detail: IndexPane.detail(state), focused: focused, in: rect.top(1), into: &screen)
            IndexPane.draw(state, in: content, into: &screen)
        }
    }
}
