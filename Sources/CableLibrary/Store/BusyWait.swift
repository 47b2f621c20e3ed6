import Foundation

/// What a connection does when another process holds the database's lock: say so once, then retry every 50 ms
/// until a deadline.
struct BusyWait: Sendable {
    /// How long to wait in all, in seconds.
    let seconds: Double
    /// Called once, at the first retry.
    let onWait: (@Sendable () -> Void)?

    /// SQLite's busy handler: true to retry, false to give up with SQLITE_BUSY.
    func shouldRetry(_ attempts: Int) -> Bool {
        if attempts == 0 { onWait?() }
        let interval = 0.05
        guard Double(attempts) * interval < seconds else { return false }
        usleep(UInt32(interval * 1_000_000))
        return true
    }
}
