extension BrowserState {
    /// Keys while the help screen shows: movement scrolls it, its own keys close it, anything else closes it too.
    mutating func handleHelpKey(_ key: Key) -> Reaction {
        let action = keyMap.action(for: key, in: [.help, .everywhere])
        let lines = HelpScreen.lines(keyMap: keyMap, width: size.width).count
        let height = max(1, size.height - 3)
        let last = max(0, lines - height)
        var scroll = help?.scroll ?? 0
        switch action {
        case .moveUp: scroll -= 1
        case .moveDown: scroll += 1
        case .pageUp: scroll -= height - 1
        case .pageDown: scroll += height - 1
        case .goToStart: scroll = 0
        case .goToEnd: scroll = last
        case .redraw: return .repaint
        default:
            help = nil
            return .redraw
        }
        help?.scroll = max(0, min(last, scroll))
        return .redraw
    }
}
