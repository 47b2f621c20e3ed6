import Foundation
import Testing

/// `cablegram -`: the cable from standard input, the keys from the controlling terminal; without one, a message
/// and status 2 before anything is drawn.
@Suite struct BrowseFromStandardInputTests {
    private static let cable = Array("UNCLAS DUSHANBE 000001\n\nSUBJECT: A TEST\n\n1. (U) A paragraph.\n".utf8)

    @Test func withNoTerminalToReadKeysFromItSaysSoAndDrawsNothing() throws {
        let path = try BuiltProgram.temporaryFile(Self.cable, name: "keys.txt")
        // NB: `setsid` starts a session without a controlling terminal, while standard output stays the terminal
        // `script` made, so only /dev/tty is missing.
        let command = "setsid -w \(BuiltProgram.shellQuoted(BuiltProgram.path)) - < \(BuiltProgram.shellQuoted(path))"
        let run = try BuiltProgram.runInTerminal(shellCommand: command)
        #expect(run.status == 2, "\(run.output)")
        #expect(run.output.contains("the keys must come from the terminal, and /dev/tty cannot be opened"))
        #expect(run.output.contains("`cablegram outline -`"))
        #expect(!run.output.contains("\u{1B}["), "\(run.output.debugDescription)")
    }

    @Test func intoAPipeItSaysTheBrowserNeedsATerminal() throws {
        // NB: no input is written: the browser refuses before reading it, and a write to its closed pipe would
        // raise SIGPIPE in the test process.
        let run = try BuiltProgram.run(["-"])
        #expect(run.status == 2)
        #expect(run.errors.contains("the browser needs a terminal"))
        #expect(run.output.isEmpty)
    }
}
