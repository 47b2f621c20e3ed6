extension HelpState {
    /// The help screen after a key's action: scrolled within its `lines` on a terminal of `size`, or closed (nil)
    /// by any key that does not scroll.
    func after(_ action: Action?, lines: Int, size: Size) -> HelpState? {
        let height = max(1, size.height - 3)
        let last = max(0, lines - height)
        var moved = self
        switch action {
        case .moveUp: moved.scroll -= 1
        case .moveDown: moved.scroll += 1
        case .pageUp: moved.scroll -= height - 1
        case .pageDown: moved.scroll += height - 1
        case .goToStart: moved.scroll = 0
        case .goToEnd: moved.scroll = last
        default: return nil
        }
        moved.scroll = max(0, min(last, moved.scroll))
        return moved
    }
}
