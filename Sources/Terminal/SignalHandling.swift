@preconcurrency import Glibc

// NB: signal handlers may only touch plain values and call async-signal-safe functions (write, tcsetattr,
// sigaction, raise, _exit). Everything they read is set up before the first handler is installed.
nonisolated(unsafe) private var pendingTermination: sig_atomic_t = 0
nonisolated(unsafe) private var pendingContinue: sig_atomic_t = 0
nonisolated(unsafe) private var pendingSuspend: sig_atomic_t = 0
nonisolated(unsafe) private var resetBytes: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var resetByteCount = 0
nonisolated(unsafe) private var savedModes: UnsafeMutablePointer<termios>?
nonisolated(unsafe) private var previousActions: UnsafeMutablePointer<sigaction>?

/// The browser's signal handling: termination signals end the event loop (which restores the terminal); crashes
/// restore the terminal on the spot and then die as they would have; SIGTSTP asks the event loop to suspend;
/// SIGCONT asks for a redraw.
///
/// NB: SIGWINCH is left to ncurses, which reports `KEY_RESIZE`. SIGTSTP is not: ncurses's handler restarts the
/// interrupted read, so after `fg` the loop heard of the continue only at the next key, and drew at the size the
/// window had before it was suspended.
enum SignalHandling {
    /// The signals that end the browser cleanly.
    static let terminationSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// The signals of a crash.
    static let crashSignals = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Installs the handlers. `reset` is what to write to the terminal in an emergency; `modes` are the terminal
    /// modes to put back.
    static func install(reset: [UInt8], modes: termios) {
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, reset.count))
        bytes.initialize(from: reset, count: reset.count)
        resetBytes = bytes
        resetByteCount = reset.count
        let saved = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        saved.initialize(to: modes)
        savedModes = saved
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
        previous.initialize(repeating: sigaction(), count: Int(NSIG))
        previousActions = previous
        pendingTermination = 0
        pendingContinue = 0
        for signal in terminationSignals { handle(signal, with: onTermination) }
        for signal in crashSignals { handle(signal, with: onCrash) }
        handle(SIGCONT, with: onContinue)
        handle(SIGTSTP, with: onSuspend)
    }

    /// Puts back the handlers that were there before `install`.
    static func uninstall() {
        guard let previous = previousActions else { return }
        for signal in terminationSignals + crashSignals + [SIGCONT, SIGTSTP] {
            sigaction(signal, previous + Int(signal), nil)
        }
    }

    /// The termination signal received, if any.
    static var terminationSignal: Int32? { pendingTermination == 0 ? nil : pendingTermination }

    /// Whether the process was continued after a stop since the last call.
    static func takeContinue() -> Bool {
        guard pendingContinue != 0 else { return false }
        pendingContinue = 0
        return true
    }

    /// Whether a terminal stop (Ctrl-Z, SIGTSTP) arrived since the last call.
    static func takeSuspend() -> Bool {
        guard pendingSuspend != 0 else { return false }
        pendingSuspend = 0
        return true
    }

    /// Stops the process as SIGTSTP does by default (call after giving the terminal back); returns once continued.
    static func stopUntilContinued() {
        var stop = sigaction()
        stop.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stop.sa_mask)
        var ours = sigaction()
        sigaction(SIGTSTP, &stop, &ours)
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        raise(SIGTSTP)
        sigaction(SIGTSTP, &ours, nil)
        pendingContinue = 0
    }

    /// Ends the process the way `signal` would have, after the terminal has been restored.
    static func die(of signal: Int32) -> Never {
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
        _exit(128 + signal)
    }

    private static func handle(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        // NB: no SA_RESTART, so that a signal interrupts the blocking read and `get_wch` returns.
        action.sa_flags = 0
        sigaction(signal, &action, previousActions.map { $0 + Int(signal) })
    }
}

/// Writes the emergency reset and puts the terminal modes back.
private func restoreTerminalNow() {
    if let bytes = resetBytes { _ = write(STDOUT_FILENO, bytes, resetByteCount) }
    if let modes = savedModes { tcsetattr(STDIN_FILENO, TCSANOW, modes) }
}

private func onTermination(_ signal: Int32) {
    if pendingTermination != 0 {
        // NB: a second signal while the loop has not yet reacted: do not wait for it.
        restoreTerminalNow()
        _exit(128 + signal)
    }
    pendingTermination = signal
}

private func onCrash(_ signal: Int32) {
    restoreTerminalNow()
    // NB: let the handler that was there before (Swift's backtracer) report the crash now, then die of the signal
    // even when it returns (a signal sent with kill would otherwise let the process carry on).
    if let previous = previousActions { sigaction(signal, previous + Int(signal), nil) }
    var mask = sigset_t()
    sigemptyset(&mask)
    sigaddset(&mask, signal)
    pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    raise(signal)
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
    _exit(128 + signal)
}

private func onContinue(_ signal: Int32) {
    pendingContinue = 1
}

private func onSuspend(_ signal: Int32) {
    pendingSuspend = 1
}
