/// Why the full-screen browser cannot start on this terminal.
public enum TerminalError: Error, Equatable, Sendable {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// ncurses knows no description for `TERM`.
    case unknownTerminal(String)
    /// The cable comes from standard input and there is no controlling terminal (`/dev/tty`) to read keys from.
    case noKeyboard(String)
    /// The terminal cannot move its cursor or clear its screen (`TERM=dumb`, a printing terminal).
    case incapableTerminal(String)

    /// A one-line description for the user.
    public var message: String {
        switch self {
        case .notATerminal:
            "the browser needs a terminal on standard input and output; for pipes and scripts use "
                + "`cablegram outline` or `cablegram export`"
        case .unknownTerminal(let name):
            "the terminal type \"\(name)\" is unknown (set TERM, e.g. TERM=xterm-256color); "
                + "`cablegram outline` and `cablegram export` work without one"
        case .noKeyboard(let reason):
            "the cable comes from standard input, so the keys must come from the terminal, and \(KeyboardTerminal.path) "
                + "cannot be opened (\(reason)); for pipes and scripts use `cablegram outline -` or `cablegram export -`"
        case .incapableTerminal(let name):
            "the terminal type \"\(name)\" cannot move the cursor, so the full-screen browser cannot run on it "
                + "(set TERM, e.g. TERM=xterm-256color); `cablegram outline` and `cablegram export` work on it"
        }
    }
}
