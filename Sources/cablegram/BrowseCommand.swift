import ArgumentParser
import Browser
import CableLibrary
import CableModel
import Foundation
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
            the list; 160 columns or more show a preview of the selected cable beside it; Tab shows in the list's \
            place the pivot of its cables (country by year: investigated, prosecuted, convicted, victims identified, \
            as stats --pivot gives them, read in the background; a list of more than 1,000 cables, or \
            $CABLEGRAM_PIVOT_ASKS_ABOVE, asks first, y reads and n does not; Tab, Esc or Backspace returns to the \
            list and stops the reading) and Enter on a cell opens the cable at the sentence of its figure; ? lists \
            the keys. \
            A DIR is indexed into the library first (a progress bar; unchanged files are skipped) and the list \
            opens on its cables (the filter file:DIR). When a library exists (--library, else $CABLEGRAM_LIBRARY, else \
            $XDG_DATA_HOME/cablegram/library.sqlite), a cable's REF lines are followed through it: the index says \
            which cables it holds, Enter opens one (Backspace comes back), and a Cited by group lists the cables \
            that refer to this one. \
            A FILE of - reads the cable from standard input (cat FILE | cablegram -) and the keys from the terminal \
            (/dev/tty), as less does; with no terminal to read keys from it exits with status 2.
            """
    )

    @OptionGroup var input: CableArgument

    func run() throws {
        try BrowseCommand.browse(input.file, library: input.library.isSet ? input.library : nil)
    }

    /// Browses `path` (the bundled cable when nil; a folder is indexed into the library and its list opened), or
    /// with `library` the library's cable of that id (its cable list when nil). A cable's REF lines are followed
    /// through the library when one exists.
    static func browse(_ path: String?, library: LibraryOption? = nil) throws {
        let keyboard = try keyboard(readingStandardInput: library == nil && path == CableFile.standardInputName)
        if let library, path == nil { return try LibraryBrowsing.run(library) }
        if let folder = path, FolderBrowsing.isFolder(folder) {
            return try FolderBrowsing.run(folder, library: library ?? LibraryOption.parse([]))
        }
        let file = try library.map { try LibraryCable.load(path, from: $0) } ?? CableArgument.load(path)
        keyboard?.becomeStandardInput()
        let displayWidth = TerminalSession.prepare()
        let (linking, problem) = DefaultLinking.open(
            at: library?.resolvedPath ?? LibraryLocation.defaultPath(environment: ProcessInfo.processInfo.environment))
        // NB: a file may hold several cables; each is indexed when it is first shown, not all at start-up.
        func open(_ position: Int, size: Size) -> BrowserState {
            // NB: what the first frame shows only as highlights (the index, the names, the index pane, the
            // statistics tables, and the gazetteer the names are found with) is derived after it is drawn.
            let deferring = !Layout.opensOnStatistics(size)
            let cable = file.cables[position]
            let document =
                linking?.document(for: cable, displayWidth: displayWidth, deferring: deferring)
                ?? Document.browsing(
                    cable, knowledge: BundledKnowledge.loading, names: { BundledKnowledge.lists },
                    displayWidth: displayWidth, deferring: deferring)
            var state = BrowserState(document: document, size: size)
            state.linking = linking
            if let problem { state.message = StatusMessage(problem, kind: .warning) }
            state.place = CablePlace(position: position, count: file.cables.count)
            if file.cables.count > 1 {
                let keys = state.keyMap.label(of: .previousCable) + " and " + state.keyMap.label(of: .nextCable)
                state.message = StatusMessage(
                    "cable \(position + 1) of the \(file.cables.count) in this file; \(keys) show the others")
            }
            return state
        }
        let session = try openSession()
        var state = open(0, size: session.size)
        let ending = BrowserLoop.run(&state, on: session, open: open, history: { SearchHistoryFile.load() })
        session.close()
        SearchHistoryFile.save(state.search.history)
        end(session, after: ending)
    }

    /// The file to browse when the arguments are only that (`cablegram`, `cablegram FILE`, `cablegram -`): one
    /// argument that is no option and names no subcommand; nil for the bundled cable; none when they are more.
    static func plainFile(_ arguments: [String]) -> String?? {
        guard let only = arguments.first else { return .some(nil) }
        let commands = Cablegram.configuration.subcommands.map { $0._commandName } + ["help"]
        guard arguments.count == 1, only == CableFile.standardInputName || !only.hasPrefix("-"),
            !commands.contains(only)
        else { return nil }
        return only
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
