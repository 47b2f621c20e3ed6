import Browser
import Foundation

/// A count of items done on standard error (`reading 120/450 cables`), redrawn in place at most ten times a second,
/// shown only once the work has taken half a second.
final class CountProgress {
    private let enabled: Bool
    private let noun: String
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    /// A count of `noun` (`cables`), drawn only when `enabled` (standard error is a terminal).
    init(enabled: Bool, noun: String) {
        self.enabled = enabled
        self.noun = noun
    }

    /// Redraws the count: `done` of `total`.
    func show(_ done: Int, of total: Int) {
        let now = Date()
        guard enabled, now.timeIntervalSince(started) > 0.5, now.timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = now
        drawn = true
        let line = "reading \(Count.grouped(done))/\(Count.grouped(total)) \(noun)…"
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }

    /// Erases the count, if it was drawn.
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
