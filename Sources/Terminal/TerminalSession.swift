import Browser
@preconcurrency import CNCursesw
@preconcurrency import Glibc

/// The full-screen terminal, through ncursesw: the only place that talks to curses.
///
/// `open()` takes over the screen; `close()` gives it back, and so do termination signals (through the event loop),
/// `exit` (through `atexit`) and crashes (through a signal handler that writes the terminal's reset sequence).
public final class TerminalSession {
    /// The screen's size.
    public private(set) var size: Size
    /// Whether colour is in use (the terminal has it and `NO_COLOR` is not set).
    public let usesColour: Bool
    private var palette: Palette
    private var shown: Screen?
    private var buffer: [wchar_t] = []
    private var isOpen = true

    /// Sets the locale the screen and the width measure need, and returns that measure. Call before `open()`.
    public static func prepare() -> DisplayWidth {
        TerminalLocale.adopt()
        return .wcwidth
    }

    /// Takes over the terminal on standard input and output.
    public static func open() throws(TerminalError) -> TerminalSession {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        var modes = termios()
        tcgetattr(STDIN_FILENO, &modes)
        // NB: `initscr` exits the process on an unknown TERM; `newterm` returns nil so that we can say why.
        let name = getenv("TERM").map { String(cString: $0) } ?? ""
        guard let screen = newterm(nil, stdout, stdin) else { throw .unknownTerminal(name) }
        // NB: a terminal without cursor addressing (dumb) would get a scroll of garbage; nothing was drawn yet.
        guard isCapable else {
            endwin()
            delscreen(screen)
            throw .incapableTerminal(name)
        }
        let session = TerminalSession()
        SignalHandling.install(reset: TerminalSession.resetSequence(), modes: modes)
        activeSession = true
        atexit(restoreAtExit)
        return session
    }

    /// Whether the terminal ncurses set up can address the cursor and clear the screen.
    private static var isCapable: Bool {
        ["cup", "clear"].allSatisfy { name in
            guard let value = tigetstr(name) else { return false }
            return Int(bitPattern: value) != -1
        }
    }

    private init() {
        cbreak()
        noecho()
        keypad(stdscr, true)
        set_escdelay(25)
        curs_set(0)
        TerminalSession.takeInterruptKey()
        mousemask(cg_mouse_all_events(), nil)
        mouseinterval(0)
        let colour = Palette.wantsColour()
        if colour {
            start_color()
            use_default_colors()
        }
        usesColour = colour
        palette = Palette(usesColour: colour)
        size = TerminalSession.screenSize()
    }

    /// The signal an interrupt (Ctrl-C) sends, for ending the process as it would have.
    public static let interruptSignal = SIGINT

    /// Ctrl-C arrives as a key rather than as SIGINT, so that it can cancel a prompt (as in less and vim); the key map
    /// makes it quit elsewhere. Ctrl-Z and Ctrl-\ still raise their signals; `endwin` puts the modes back.
    private static func takeInterruptKey() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        withUnsafeMutableBytes(of: &modes.c_cc) { characters in characters[Int(VINTR)] = 0 }
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        // NB: ncurses puts its saved "program mode" back after a suspension; it must include this change.
        def_prog_mode()
    }

    /// The termination signal that ended the event loop, if one did.
    public var terminationSignal: Int32? { SignalHandling.terminationSignal }

    /// Ends the process the way `signal` would have (after `close()` has restored the terminal).
    public static func die(of signal: Int32) -> Never { SignalHandling.die(of: signal) }

    /// Copies a grid to the terminal, sending only the rows that changed; `repaint` clears and sends everything.
    public func draw(_ screen: Screen, repaint: Bool = false) {
        if repaint || shown?.size != screen.size {
            shown = nil
            werase(stdscr)
            if repaint { clearok(stdscr, true) }
        }
        let rows = min(screen.size.height, Int(getmaxy(stdscr)))
        let columns = min(screen.size.width, Int(getmaxx(stdscr)))
        for row in 0..<rows where shown.map({ $0.row(row) != screen.row(row) }) ?? true {
            write(row: row, of: screen, columns: columns)
        }
        shown = screen
        if let cursor = screen.cursor, cursor.row < rows, cursor.column < columns {
            curs_set(1)
            wmove(stdscr, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wnoutrefresh(stdscr)
        doupdate()
    }

    /// Puts text on the terminal's clipboard with OSC 52, after what curses has drawn.
    public func copyToClipboard(_ text: String) {
        let bytes = ClipboardSequence.osc52(text)
        fflush(stdout)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            written += count
        }
    }

    /// Waits for the next key, mouse event or resize; nil when input has ended or a termination signal arrived.
    public func nextEvent() -> InputEvent? {
        guard case .event(let event) = nextEvent(waitingAtMost: nil) else { return nil }
        return event
    }

    /// The longest a read waits before looking for a termination signal again, in ms.
    ///
    /// NB: a signal that lands between the look at the flag and the blocking read inside curses sets the flag but
    /// interrupts no read, and a read without a time limit then waited for the next key: under load, a SIGHUP sent
    /// as the first frame showed was seen only at the next key (2026-12-03, once in a full test run). A read that
    /// wakes twice a second closes that window at no cost worth measuring.
    static let signalCheckWait: Int32 = 500

    /// Waits for the next event, or `milliseconds` at most (nil: for ever), so that a loop with work of its own
    /// (a query answered in the background) can look at it between keys.
    public func nextEvent(waitingAtMost milliseconds: Int32?) -> TerminalWait {
        var failures = 0
        let deadline = milliseconds.map { ContinuousClock.now + .milliseconds($0) }
        while isOpen {
            if SignalHandling.terminationSignal != nil { return .ended }
            if SignalHandling.takeSuspend() { return .event(suspended()) }
            if SignalHandling.takeContinue() { return .event(continued()) }
            var wait = TerminalSession.signalCheckWait
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                guard left > .zero else { return .idle }
                wait = min(wait, Int32((left / .milliseconds(1)).rounded(.up)))
            }
            var character: wint_t = 0
            errno = 0
            let started = ContinuousClock.now
            wtimeout(stdscr, wait)
            let result = wget_wch(stdscr, &character)
            wtimeout(stdscr, -1)
            if result == ERR {
                // NB: curses says ERR both when the time ran out and when input has ended; only the first waits.
                if started.duration(to: .now) >= .milliseconds(wait / 2) { continue }
                // NB: a signal interrupts the read with EINTR; at the end of input `get_wch` fails at once, forever.
                if SignalHandling.terminationSignal != nil || errno != EINTR { failures += 1 }
                if SignalHandling.terminationSignal != nil || failures > 3 { return .ended }
                continue
            }
            failures = 0
            if let event = decode(character, isCode: result == KEY_CODE_YES) { return .event(event) }
        }
        return .ended
    }

    /// The event a read character (or a curses key code) stands for, if any.
    private func decode(_ character: wint_t, isCode: Bool) -> InputEvent? {
        if isCode {
            let code = Int32(character)
            if code == KEY_RESIZE { return resized() }
            if code == KEY_MOUSE, let mouse = KeyDecoder.mouseEvent() { return .mouse(mouse) }
            return KeyDecoder.functionKey(code).map(InputEvent.key)
        }
        if character == 27 { return .key(escapeSequence()) }
        return KeyDecoder.character(UInt32(character)).map(InputEvent.key)
    }

    /// After ESC: the bytes of a sequence that ncurses did not know (its terminfo entry lacks it, as xterm's lacks
    /// tmux's `ESC[1~` for Home) are already waiting; they are read whole and decoded, never taken as keys. ESC with
    /// nothing after it, or followed by a key that starts no sequence (Esc then `q` typed quickly), is the Esc key.
    private func escapeSequence() -> Key {
        var bytes: [UInt8] = []
        wtimeout(stdscr, TerminalSession.sequenceWait)
        defer { wtimeout(stdscr, -1) }
        while bytes.count < TerminalSession.longestSequence {
            var next: wint_t = 0
            let result = wget_wch(stdscr, &next)
            guard result == OK || result == KEY_CODE_YES else { break }
            if bytes.isEmpty, result == KEY_CODE_YES || next >= 0x80 || !EscapeSequence.isIntroducer(UInt8(next)) {
                // NB: the key after Esc is read again at once, by the next call.
                if result == KEY_CODE_YES { ungetch(Int32(next)) } else { unget_wch(wchar_t(next)) }
                return .escape
            }
            guard next < 0x80 else { break }
            bytes.append(UInt8(next))
            if EscapeSequence.isComplete(bytes) { break }
        }
        guard !bytes.isEmpty else { return .escape }
        return EscapeSequence.key(after: bytes) ?? .unknown(EscapeSequence.readable(bytes))
    }

    /// How long to wait for the rest of an escape sequence, in milliseconds (its bytes arrive together).
    private static let sequenceWait: Int32 = 5
    /// The most bytes read after ESC: real key sequences are far shorter.
    private static let longestSequence = 16

    /// Gives the terminal back: modes, cursor, main screen. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        mousemask(0, nil)
        curs_set(1)
        endwin()
        activeSession = false
        SignalHandling.uninstall()
    }

    /// Ctrl-Z: gives the terminal back, stops until continued (`fg`), then takes the terminal again at its size.
    private func suspended() -> InputEvent {
        endwin()
        SignalHandling.stopUntilContinued()
        return continued()
    }

    /// After a stop: the window may have changed size while the shell had the terminal (so the SIGWINCH went to the
    /// shell, not to us), so the size is read from the terminal itself and given to curses.
    private func continued() -> InputEvent {
        var window = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0,
            Int32(window.ws_row) != getmaxy(stdscr) || Int32(window.ws_col) != getmaxx(stdscr)
        {
            resizeterm(Int32(window.ws_row), Int32(window.ws_col))
        }
        return resized()
    }

    private func resized() -> InputEvent {
        size = TerminalSession.screenSize()
        shown = nil
        return .resize(size)
    }

    private func write(row: Int, of screen: Screen, columns: Int) {
        let cells = screen.row(row)
        let start = cells.startIndex
        var column = 0
        while column < columns {
            let style = cells[start + column].style
            var end = column
            buffer.removeAll(keepingCapacity: true)
            // NB: the right half of a wide character always joins its left half's run.
            while end < columns, cells[start + end].style == style || cells[start + end].isContinuation {
                let cell = cells[start + end]
                if !cell.isContinuation {
                    buffer.append(wchar_t(bitPattern: cell.scalar.value))
                    if let mark = cell.mark { buffer.append(wchar_t(bitPattern: mark.value)) }
                }
                end += 1
            }
            let (attributes, pair) = palette.attributes(for: style)
            wattr_set(stdscr, attributes, pair, nil)
            buffer.withUnsafeBufferPointer { characters in
                // NB: writing the bottom-right cell returns ERR after drawing it; there is nothing to do about it.
                _ = mvwaddnwstr(stdscr, Int32(row), Int32(column), characters.baseAddress, Int32(characters.count))
            }
            column = end
        }
    }

    private static func screenSize() -> Size {
        Size(width: Int(getmaxx(stdscr)), height: Int(getmaxy(stdscr)))
    }

    /// What puts the terminal back in an emergency: attributes off, cursor on, keypad off, mouse off, main screen.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx"] { bytes += terminfoString(capability) }
        bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l".utf8)
        bytes += terminfoString("rmcup")
        return bytes
    }

    private static func terminfoString(_ name: String) -> [UInt8] {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
        return Array(String(cString: value).utf8)
    }
}

nonisolated(unsafe) private var activeSession = false

private func restoreAtExit() {
    if activeSession {
        activeSession = false
        endwin()
    }
}
