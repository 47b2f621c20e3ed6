import Browser
import Terminal

/// The event loop: draw, wait for an event, let the state handle it, draw again if it asks.
enum BrowserLoop {
    /// Runs until the user quits; `open` makes the state of another cable of the file when `<` or `>` asks for one.
    /// Returns the reaction that ended the loop (`.interrupt` for Ctrl-C), or none when input ended.
    static func run(
        _ state: inout BrowserState, on session: TerminalSession, open: (Int, Size) -> BrowserState
    ) -> Reaction {
        var screen = Screen(size: state.size, displayWidth: state.document.displayWidth)
        Renderer.render(state, into: &screen)
        session.draw(screen, repaint: true)
        while let event = session.nextEvent() {
            let reaction = state.handle(event)
            if reaction.contains(.quit) { return reaction }
            if reaction.contains(.switchCable), let target = state.place.requested {
                let (history, split) = (state.search.history, state.outlineWidthChange)
                state = open(target, state.size)
                state.search.history = history
                state.outlineWidthChange = split
                Renderer.render(state, into: &screen)
                session.draw(screen, repaint: true)
                continue
            }
            guard !reaction.isEmpty else { continue }
            Renderer.render(state, into: &screen)
            session.draw(screen, repaint: reaction.contains(.repaint))
        }
        return .none
    }
}
