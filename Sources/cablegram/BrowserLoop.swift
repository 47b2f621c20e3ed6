import Browser
import Foundation
import Terminal

/// The event loop: draw, wait for an event, let the state handle it, draw again if it asks.
enum BrowserLoop {
    /// Runs until the user quits; `open` makes the state of another cable of the file when `<` or `>` asks for one,
    /// and `history` reads the searches of earlier runs once the first frame is out (no first screen shows them).
    /// Returns the reaction that ended the loop (`.interrupt` for Ctrl-C), or none when input ended.
    static func run(
        _ state: inout BrowserState, on session: TerminalSession, open: (Int, Size) -> BrowserState,
        history: () -> [String]
    ) -> Reaction {
        var screen = Screen(size: state.size, displayWidth: state.document.displayWidth)
        Renderer.render(state, into: &screen)
        session.draw(screen, repaint: true)
        finishDocument(state, into: &screen, on: session)
        state.search.history = history()
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
                finishDocument(state, into: &screen, on: session)
                continue
            }
            if reaction.contains(.output) { perform(&state, on: session) }
            guard !reaction.isEmpty else { continue }
            Renderer.render(state, into: &screen)
            session.draw(screen, repaint: reaction.contains(.repaint))
        }
        return .none
    }

    /// Once a cable's first frame is out, derives what it showed only as highlights (the index, the names, the index
    /// pane, the statistics) and draws what changed; no key is read before.
    private static func finishDocument(_ state: BrowserState, into screen: inout Screen, on session: TerminalSession) {
        guard state.document.deriveDeferredParts() else { return }
        Renderer.render(state, into: &screen)
        session.draw(screen)
    }

    /// Runs the library's browser until the user quits: the cable list, and the cables opened from it. The list's
    /// queries run on `worker` once typing pauses, and their answers are taken between keys.
    static func run(
        _ library: inout LibraryBrowser, on session: TerminalSession, worker: ListQueryWorker, pivots: PivotWorker
    ) -> Reaction {
        var screen = Screen(size: library.size, displayWidth: library.displayWidth)
        Renderer.render(library, into: &screen)
        session.draw(screen, repaint: true)
        var pause = ListQueryPause()
        while true {
            let waiting =
                library.request != nil || worker.isBusy || library.pivot.request != nil || pivots.isBusy
            let wait = session.nextEvent(waitingAtMost: waiting ? ListQueryPause.poll : nil)
            var reaction = Reaction.none
            switch wait {
            case .ended:
                pivots.want(nil)
                return .none
            case .idle: break
            case .event(let event): reaction = library.handle(event)
            }
            if reaction.contains(.quit) {
                pivots.want(nil)
                return reaction
            }
            if reaction.contains(.output), var cable = library.cable {
                perform(&cable, on: session)
                library.cable = cable
            }
            reaction.formUnion(pause.step(&library, worker: worker))
            reaction.formUnion(pivots.step(&library))
            guard !reaction.isEmpty else { continue }
            Renderer.render(library, into: &screen)
            session.draw(screen, repaint: reaction.contains(.repaint))
        }
    }

    /// Carries out what the state asked to write: the clipboard through the terminal, a file on the disk.
    private static func perform(_ state: inout BrowserState, on session: TerminalSession) {
        switch state.output {
        case .clipboard(let text):
            session.copyToClipboard(text)
            state.finishOutput(nil)
        case .file(let path, let contents, _):
            do {
                try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
                state.finishOutput(nil)
            } catch {
                state.finishOutput((error as NSError).localizedFailureReason ?? error.localizedDescription)
            }
        case nil:
            break
        }
    }
}
