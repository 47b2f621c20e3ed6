@preconcurrency import Glibc

nonisolated(unsafe) private var noticeBytes: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var noticeByteCount = 0

/// A line written to standard error when a long command is interrupted (Ctrl-C, SIGTERM, SIGHUP), before the
/// process dies of the signal as it would have: the user learns what the interruption left, not only `^C`.
///
/// NB: the handler only writes bytes prepared before it is installed and re-raises: both are async-signal-safe.
public enum InterruptNotice {
    /// The signals that interrupt a command.
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Writes `text` (a line; start it with `\r\u{1B}[K` to erase a progress bar) when an interrupting signal
    /// arrives, then dies of that signal.
    public static func install(_ text: String) {
        let bytes = Array(text.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        buffer.initialize(from: bytes, count: bytes.count)
        noticeBytes = buffer
        noticeByteCount = bytes.count
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signal in signals {
            var previous = sigaction()
            sigaction(signal, nil, &previous)
            // NB: a signal ignored on entry stays ignored (a command started in the background by `sh`, or under
            // `nohup`); one blocked on entry (a parent's mask, as a test runner's threads have) is let through.
            let handler = unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self)
            guard handler != unsafeBitCast(SIG_IGN, to: Int.self) else { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = onInterrupt
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
            sigaddset(&unblocked, signal)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }
}

private func onInterrupt(_ signal: Int32) {
    if let bytes = noticeBytes { _ = write(STDERR_FILENO, bytes, noticeByteCount) }
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}
