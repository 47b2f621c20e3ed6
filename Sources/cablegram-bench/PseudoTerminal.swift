import Foundation

/// A program run on a terminal of its own (under `script`, at a given size), as a person runs it: keys are written to
/// it and its output is timed as it arrives.
final class PseudoTerminal: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let arrived = NSCondition()
    /// Everything the program wrote so far, with the time each chunk arrived (seconds since `started`).
    private var received: [UInt8] = []
    private var chunks: [(end: Int, time: Double)] = []
    private var ended = false
    private let started = DispatchTime.now().uptimeNanoseconds

    /// Starts `command` (a shell command line) on a `width`×`height` terminal.
    init?(_ command: String, width: Int = 120, height: Int = 40) {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        // NB: the size is given by LINES and COLUMNS, which curses and less read first, so that nothing else (no
        // stty) runs before the command and its start is timed alone.
        process.arguments = ["-qfec", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["COLUMNS"] = "\(width)"
        environment["LINES"] = "\(height)"
        environment["XDG_STATE_HOME"] = NSTemporaryDirectory()
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        Thread.detachNewThread { [self] in read() }
    }

    /// Seconds since the program started.
    var now: Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }

    /// How many bytes have arrived so far.
    var position: Int {
        arrived.lock()
        defer { arrived.unlock() }
        return received.count
    }

    /// The seconds since start at which `marker` had arrived after byte `from`, or nil after `timeout` seconds.
    func time(of marker: String, from: Int = 0, timeout: Double = 10) -> Double? {
        let wanted = Array(marker.utf8)
        return waitUntil(timeout) { bytes, chunks in
            guard let end = Self.end(of: wanted, in: bytes, from: from) else { return nil }
            return chunks.first { $0.end >= end }?.time
        }
    }

    /// Writes `keys` and returns the seconds until the first output after them, and until the last output before
    /// the program was quiet for `quiet` seconds (or nil when nothing came within `timeout`).
    func respond(to keys: String, quiet: Double = 0.25, timeout: Double = 10) -> (first: Double, last: Double)? {
        let from = position
        let sent = now
        input.fileHandleForWriting.write(Data(keys.utf8))
        guard let first = waitUntil(timeout, { _, chunks in chunks.first { $0.end > from } })
        else { return nil }
        var last = first
        while let later = waitUntil(quiet, { _, chunks in chunks.last.flatMap { $0.end > last.end ? $0 : nil } }) {
            last = later
        }
        return (first.time - sent, last.time - sent)
    }

    /// Ends the program with `keys` (its quit key), else by a signal.
    func close(with keys: String = "q") {
        input.fileHandleForWriting.write(Data(keys.utf8))
        try? input.fileHandleForWriting.close()
        if waitUntil(2, { _, _ in self.ended ? true : nil }) == nil { process.terminate() }
        process.waitUntilExit()
    }

    private func read() {
        while true {
            let chunk = output.fileHandleForReading.availableData
            arrived.lock()
            if chunk.isEmpty {
                ended = true
            } else {
                received += chunk
                chunks.append((received.count, now))
            }
            arrived.broadcast()
            arrived.unlock()
            if chunk.isEmpty { return }
        }
    }

    /// Waits until `found` answers, at most `timeout` seconds.
    private func waitUntil<T>(_ timeout: Double, _ found: ([UInt8], [(end: Int, time: Double)]) -> T?) -> T? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        arrived.lock()
        defer { arrived.unlock() }
        while true {
            if let answer = found(received, chunks) { return answer }
            if ended || !arrived.wait(until: deadline) { return found(received, chunks) }
        }
    }

    /// The end of the first `wanted` in `bytes` at or after `from`.
    private static func end(of wanted: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard bytes.count - from >= wanted.count else { return nil }
        return (from...(bytes.count - wanted.count)).first { bytes[$0..<($0 + wanted.count)].elementsEqual(wanted) }
            .map { $0 + wanted.count }
    }
}
