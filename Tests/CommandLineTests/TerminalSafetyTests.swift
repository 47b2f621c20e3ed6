import Foundation
import Testing

/// A cable's control characters reach a terminal only as visible escapes (`^[`), and a pipe gets the text exactly.
@Suite struct TerminalSafetyTests {
    /// A cable whose paragraph 1 tries every trick on the terminal it is printed to.
    static let hostile: [UInt8] = {
        let tricks =
            "Red \u{1B}[31mtext\u{1B}[0m, clear \u{1B}[2J, title \u{1B}]0;owned\u{07}, clipboard "
            + "\u{1B}]52;c;cm0gLXJmIH4=\u{1B}\\, DCS \u{1B}Pq#0\u{1B}\\, C1 \u{9B}31m \u{9D}0;x\u{9C}, "
            + "bidi abc\u{202E}fed\u{202C}, bell \u{07}."
        let text =
            "VZCZCXRO0001\nP 101222Z FEB 10\nFM AMEMBASSY ALPHA\n\nUNCLAS ALPHA 000001\n\n"
            + "SUBJECT: ESCAPE \u{1B}]0;subject\u{07}\n\n¶1. (U) \(tricks)\n\n"
            + "¶2. (U) \u{1B}[2JPolice identified 24 victims.\n\n¶3. (U) "
            + String(repeating: "Plain prose fills the rest of the cable. ", count: 60) + "\n"
        return Array(text.utf8)
    }()

    /// What a terminal would be sent: escape and C1 characters other than the search highlight's own.
    private func rawControls(_ output: String) -> [Unicode.Scalar] {
        let withoutHighlight = output.replacingOccurrences(of: "\u{1B}[7m", with: "")
            .replacingOccurrences(of: "\u{1B}[0m", with: "")
        return withoutHighlight.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value)
        }
    }

    @Test(arguments: [["read", "1"], ["outline"], ["search", "clipboard"], ["refs"], ["check"], ["stats"]])
    func aTerminalSeesOnlyVisibleEscapes(_ command: [String]) throws {
        let path = try BuiltProgram.temporaryFile(Self.hostile, name: "hostile.txt")
        let run = try BuiltProgram.runInTerminal(command + [path])
        #expect(run.status == 0 || command[0] == "search" && run.status == 1, "\(run.output)")
        #expect(rawControls(run.output).isEmpty, "\(run.output.debugDescription)")
        if command[0] == "read" {
            #expect(run.output.contains("clipboard ^[]52;c;cm0gLXJmIH4=^[\\"))
            #expect(run.output.contains("C1 <U+009B>31m <U+009D>0;x<U+009C>"))
            #expect(run.output.contains("bidi abc<U+202E>fed<U+202C>, bell ^G."))
        }
    }

    @Test func aPipeGetsTheTextExactly() throws {
        let path = try BuiltProgram.temporaryFile(Self.hostile, name: "hostile.txt")
        let run = try BuiltProgram.run(["read", "1", path])
        #expect(run.status == 0)
        #expect(run.output.contains("clipboard \u{1B}]52;c;cm0gLXJmIH4=\u{1B}\\"))
        #expect(run.output.contains("\u{9B}31m"))
    }

    @Test func errorMessagesOnATerminalShowTypedControlsAsEscapes() throws {
        let run = try BuiltProgram.runInTerminal(["read", "\u{1B}]0;owned\u{07}"])
        #expect(run.status == 2)
        #expect(run.output.contains("no unit '^[]0;owned^G'"))
        #expect(rawControls(run.output).isEmpty)
    }
}
