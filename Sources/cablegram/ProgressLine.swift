import Browser
import CableLibrary
import Foundation

/// A progress bar on standard error, redrawn in place: files done of all, cables, MB/s and time left.
final class ProgressLine {
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast

    init(enabled: Bool) { self.enabled = enabled }

    /// Redraws the bar, at most ten times a second.
    func show(_ progress: IndexProgress) {
        guard enabled, Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        let elapsed = Date().timeIntervalSince(started)
        let share = progress.bytesTotal > 0 ? Double(progress.bytesDone) / Double(progress.bytesTotal) : 0
        let width = 24
        let filled = min(width, Int(share * Double(width)))
        let rate = elapsed > 0 ? Double(progress.bytesDone) / 1_048_576 / elapsed : 0
        let left = share > 0.01 ? Int(elapsed / share - elapsed) : nil
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line =
            "\(bar) \(Count.grouped(progress.filesDone))/\(Count.grouped(progress.filesTotal)) files  "
            + "\(Count.grouped(progress.cables)) cables  \(Count.decimal(rate)) MB/s  "
            + (left.map { "\($0 / 60):\(String(format: "%02d", $0 % 60)) left" } ?? "")
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }

    /// Erases the bar.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
