extension BrowserState {
    /// Keys while the help screen shows: movement scrolls it, its own keys close it, anything else closes it too.
    mutating func handleHelpKey(_ key: Key) -> Reaction {
        let action = keyMap.action(for: key, in: [.help, .everywhere])
        if action == .redraw { return .repaint }
        help = help?.after(action, lines: HelpScreen.lines(keyMap: keyMap, width: size.width).count, size: size)
        return .redraw
    }
}
