@preconcurrency import Glibc

/// The terminal the keys come from when standard input carries the cable (`cat FILE | cablegram -`): the process's
/// controlling terminal, `/dev/tty`, as less and vim read it.
public struct KeyboardTerminal {
    private let descriptor: Int32

    /// The path of the controlling terminal.
    public static let path = "/dev/tty"

    /// Opens the controlling terminal before standard input is read, so that a process without one (a cron job, a
    /// pipe under `setsid`) is told at once, before it waits for its input.
    public static func open() throws(TerminalError) -> KeyboardTerminal {
        let descriptor = Glibc.open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .noKeyboard(String(cString: strerror(errno))) }
        guard isatty(descriptor) == 1 else {
            Glibc.close(descriptor)
            throw .noKeyboard("not a terminal")
        }
        return KeyboardTerminal(descriptor: descriptor)
    }

    /// Once standard input has been read to its end, puts the terminal in its place for `TerminalSession.open()`.
    ///
    /// NB: ncurses is handed `stdin` as ever (`newterm` on what is now `/dev/tty`), so that the session's mode
    /// changes, its restoring at exit and the crash handler's `tcsetattr` all reach the terminal the keys come from.
    public func becomeStandardInput() {
        dup2(descriptor, STDIN_FILENO)
        Glibc.close(descriptor)
        clearerr(stdin)
    }
}
