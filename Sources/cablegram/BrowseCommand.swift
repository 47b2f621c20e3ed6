import ArgumentParser
import Browser
import CableModel
import Terminal

/// `cablegram [browse] [FILE]`: the full-screen browser; `cablegram --library` opens on the library's cable list.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser: outline, reader, statistics and index (the default command).",
        discussion: """
            With --library and no cable id it opens on the library's cable list (date, id, origin, classification, \
            subject): f or / filters with the library's query syntax as you type (the query runs in the background; \
            up and down recall the filters kept in $XDG_STATE_HOME/cablegram/filter-history), s sorts by the next \
            column and r reverses, : selects a cable by id; Enter opens the selected cable (with the filter's words \
            searched in it), < and > open the previous and next cable of the list, Backspace or Ctrl-O returns to \
            the list; 160 columns or more show a preview of the selected cable beside it; ? lists the keys. \
            A FILE of - reads the cable from standard input (cat FILE | cablegram -) and the keys from the terminal \
            (/dev/tty), as less does; with no terminal to read keys from it exits with status 2.
            """
    )

    @OptionGroup var input: CableArgument

    func run() throws {
        let keyboard = try BrowseCommand.keyboard(
            readingStandardInput: !input.library.isSet && input.file == CableFile.standardInputName)
        if input.library.isSet, input.file == nil { return try LibraryBrowsing.run(input.library) }
        let file = try input.load()
        keyboard?.becomeStandardInput()
        let displayWidth = TerminalSession.prepare()
        // NB: a file may hold several cables; each is indexed when it is first shown, not all at start-up.
        func open(_ position: Int, size: Size) -> BrowserState {
            // NB: what the first frame does not show (the statistics tables) is derived after it is drawn.
            let document = Document.browsing(
                file.cables[position], knowledge: BundledKnowledge.lists, displayWidth: displayWidth,
                deferring: !Layout.opensOnStatistics(size))
            var state = BrowserState(document: document, size: size)
            state.place = CablePlace(position: position, count: file.cables.count)
            if file.cables.count > 1 {
                let keys = state.keyMap.label(of: .previousCable) + " and " + state.keyMap.label(of: .nextCable)
                state.message = StatusMessage(
                    "cable \(position + 1) of the \(file.cables.count) in this file; \(keys) show the others")
            }
            return state
        }
        let session = try BrowseCommand.openSession()
        var state = open(0, size: session.size)
        state.search.history = SearchHistoryFile.load()
        let ending = BrowserLoop.run(&state, on: session, open: open)
        session.close()
        SearchHistoryFile.save(state.search.history)
        BrowseCommand.end(session, after: ending)
    }

    /// Opens the terminal for the browser, or prints why not and exits with status 2.
    static func openSession() throws -> TerminalSession {
        do {
            return try TerminalSession.open()
        } catch {
            throw refusal(error)
        }
    }

    /// Refuses to start without a terminal; when the cable comes from standard input (`cablegram -`), opens the
    /// terminal the keys will come from instead, or prints why not and exits with status 2.
    ///
    /// NB: this comes before loading, so that a pipe gets one line and a non-zero status, never a screen.
    static func keyboard(readingStandardInput: Bool) throws -> KeyboardTerminal? {
        guard readingStandardInput else {
            guard StandardStreams.isInteractive else { throw refusal(.notATerminal) }
            return nil
        }
        guard StandardStreams.outputIsTerminal else { throw refusal(.notATerminal) }
        do {
            return try KeyboardTerminal.open()
        } catch {
            throw refusal(error)
        }
    }

    /// Prints why the browser cannot start; the status to exit with (2, as for a pipe).
    private static func refusal(_ error: TerminalError) -> ExitCode {
        StandardStreams.printError("cablegram: \(error.message)")
        return ExitCode(2)
    }

    /// Ends the program as the signal or the Ctrl-C that closed the (already closed) session would.
    static func end(_ session: TerminalSession, after ending: Reaction) {
        if let signal = session.terminationSignal { TerminalSession.die(of: signal) }
        if ending.contains(.interrupt) { TerminalSession.die(of: TerminalSession.interruptSignal) }
    }
}
