import ArgumentParser
import Browser
import CableModel
import Terminal

/// `cablegram [browse] [FILE]`: the full-screen browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser: outline, reader, statistics and index (the default command)."
    )

    @OptionGroup var input: CableArgument

    func run() throws {
        // NB: refuse before loading, so that a pipe gets one line and a non-zero status, never a screen.
        guard StandardStreams.isInteractive else {
            StandardStreams.printError("cablegram: \(TerminalError.notATerminal.message)")
            throw ExitCode(2)
        }
        let file = try input.load()
        let displayWidth = TerminalSession.prepare()
        let cable = file.cables[0]
        let findings = CableFindings(cable: cable, reference: ReferenceLists.data)
        let document = Document(cable: cable, findings: findings, displayWidth: displayWidth)
        let session: TerminalSession
        do {
            session = try TerminalSession.open()
        } catch {
            StandardStreams.printError("cablegram: \(error.message)")
            throw ExitCode(2)
        }
        var state = BrowserState(document: document, size: session.size)
        if file.cables.count > 1 {
            state.message = StatusMessage("the file holds \(file.cables.count) cables; showing the first")
        }
        BrowserLoop.run(&state, on: session)
        session.close()
        if let signal = session.terminationSignal { TerminalSession.die(of: signal) }
    }
}
