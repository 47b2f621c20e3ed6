import Browser
import Terminal

/// The event loop: draw, wait for an event, let the state handle it, draw again if it asks.
enum BrowserLoop {
    static func run(_ state: inout BrowserState, on session: TerminalSession) {
        var screen = Screen(size: state.size, displayWidth: state.document.displayWidth)
        Renderer.render(state, into: &screen)
        session.draw(screen, repaint: true)
        while let event = session.nextEvent() {
            let reaction = state.handle(event)
            if reaction.contains(.quit) { return }
            guard !reaction.isEmpty else { continue }
            Renderer.render(state, into: &screen)
            session.draw(screen, repaint: reaction.contains(.repaint))
        }
    }
}
