import Foundation

/// Writing to standard error and asking about the terminal.
enum StandardStreams {
    /// Whether standard output is a terminal.
    static let outputIsTerminal = isatty(STDOUT_FILENO) == 1

    /// Whether standard error is a terminal.
    static let errorIsTerminal = isatty(STDERR_FILENO) == 1

    /// Writes text that may hold a cable's content to standard output: on a terminal, control and reordering
    /// characters become visible escapes (`^[`); into a pipe or file the text is written exactly.
    static func printOutput(_ text: String, terminator: String = "\n") {
        print(outputIsTerminal ? TerminalText.visible(text) : text, terminator: terminator)
    }

    /// Writes one line to standard error; on a terminal, control and reordering characters become visible escapes.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data(((errorIsTerminal ? TerminalText.visible(line) : line) + "\n").utf8))
    }

    /// Whether standard input and output are both terminals, so that the full-screen browser can run.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// The width of the terminal on standard output, or nil when it is not a terminal.
    static var terminalWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
