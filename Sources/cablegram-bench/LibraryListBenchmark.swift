import Browser
import CableLibrary
import Foundation
import GRDB

/// The library's cable list as a person meets it, on a 200×50 terminal: the time from `cablegram --library` to its
/// first frame, and from a key to the screen's answer, beside less showing the same list as text (the yardstick),
/// in the same run. A key's answer is the first output after it; the filter's query, which runs off the key loop
/// after a pause in typing, is timed to the last output (the narrowed list shown).
struct LibraryListBenchmark {
    let cablegram: String
    let library: String
    /// A filter with a tag and a frequent word, so that its pages carry hit counts.
    let filter = "tag:KTIP trafficking"
    let rounds = 5

    /// The keys timed, in order, with their names: each starts where the one before left the list.
    static let keys: [(name: String, keys: String)] = [
        ("↓", "j"), ("PgDn", "\u{1B}[6~"), ("End", "\u{1B}[4~"), ("Home", "\u{1B}[1~"), ("sort", "s"),
    ]

    func run() {
        guard let opened = try? Library(path: library), let cables = try? opened.count(.everything),
            let filtered = try? opened.count(LibraryQuery(filter))
        else { return print("cable list: \(library) is not a library this build reads (run `cablegram index`)") }
        let text = NSTemporaryDirectory() + "cablegram-bench-list-\(getpid()).txt"
        defer { try? FileManager.default.removeItem(atPath: text) }
        guard writeList(to: text) else { return print("cable list: `cablegram list` failed on \(library)") }
        let largest = largestCable()
        var less = Timings()
        var browser = Timings()
        for _ in 0..<rounds {
            less.add(lessRound(text))
            browser.add(browserRound(cables: cables, largest: largest))
        }
        report(cables: cables, filtered: filtered, less: less, browser: browser)
    }

    /// less on the list as text: its first frame, then the same moves.
    private func lessRound(_ text: String) -> [String: Double] {
        guard let terminal = PseudoTerminal("less -Ps'LESS READY' '\(text)'", width: 200, height: 50),
            let ready = terminal.time(of: "LESS READY")
        else { return [:] }
        var times = ["first frame": ready]
        let moves = ["↓": "j", "PgDn": " ", "End": "G", "Home": "g"]
        for (name, _) in Self.keys { times[name] = moves[name].flatMap { terminal.respond(to: $0)?.first } }
        terminal.close()
        return times
    }

    /// The cable list: its first frame, the moves, then the filter typed key by key.
    private func browserRound(cables: Int, largest: String?) -> [String: Double] {
        let command = "'\(cablegram)' --library-path '\(library)' --library"
        guard let terminal = PseudoTerminal(command, width: 200, height: 50),
            let ready = terminal.time(of: "1 of \(Count.grouped(cables))")
        else { return [:] }
        var times = ["first frame": ready]
        for (name, keys) in Self.keys { times[name] = terminal.respond(to: keys)?.first }
        if let largest {
            _ = terminal.respond(to: ":" + largest)
            times["go to the largest cable"] = terminal.respond(to: "\r")?.first
        }
        _ = terminal.respond(to: "f")
        var echoes: [Double] = []
        for character in filter { echoes += terminal.respond(to: String(character)).map { [$0.first] } ?? [] }
        times["filter keystroke (slowest)"] = echoes.max()
        _ = terminal.respond(to: "\u{1B}")
        _ = terminal.respond(to: "f")
        // NB: typed at once, so that the narrowed list is new to the screen: its last output is the answer shown.
        times["filter answer shown"] = terminal.respond(to: filter, quiet: 1)?.last
        _ = terminal.respond(to: "\r", quiet: 1)
        times["↓ (filtered)"] = terminal.respond(to: "j")?.first
        times["PgDn (filtered)"] = terminal.respond(to: "\u{1B}[6~")?.first
        terminal.close()
        return times
    }

    /// The id of the cable with the most stored text: the worst case for a preview that reads the cable.
    private func largestCable() -> String? {
        var configuration = Configuration()
        configuration.readonly = true
        let sql =
            "SELECT c.cable_id FROM cable c JOIN cable_source s ON s.cable = c.id ORDER BY length(s.source) DESC LIMIT 1"
        return try? DatabaseQueue(path: library, configuration: configuration).read {
            try String.fetchOne($0, sql: sql)
        }
    }

    /// `cablegram list` of every cable into `path`, as less will show it.
    private func writeList(to path: String) -> Bool {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { return false }
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cablegram)
        process.arguments = ["list", "--library-path", library]
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    private func report(cables: Int, filtered: Int, less: Timings, browser: Timings) {
        print("cable list of \(library) (\(Count.grouped(cables)) cables) on 200×50, medians of \(rounds), in ms:")
        let names = ["first frame"] + Self.keys.map(\.name) + ["go to the largest cable"]
        for name in names {
            let mine = browser.median(name).map { milliseconds($0) } ?? "-"
            let theirs = less.median(name).map { milliseconds($0) } ?? "-"
            let ratio = browser.median(name).flatMap { b in less.median(name).map { format(b / $0, 2) + "×" } } ?? "-"
            print("  \(name): \(mine) (less on the list as text: \(theirs), \(ratio))")
        }
        print("  filter `\(filter)` (\(Count.grouped(filtered)) cables), typed key by key:")
        for name in ["filter keystroke (slowest)", "filter answer shown", "↓ (filtered)", "PgDn (filtered)"] {
            print("    \(name): \(browser.median(name).map { milliseconds($0) } ?? "-")")
        }
    }

    private func milliseconds(_ seconds: Double) -> String { format(seconds * 1000, 1) }
}

/// Timings by name over rounds.
private struct Timings {
    var values: [String: [Double]] = [:]

    mutating func add(_ round: [String: Double]) {
        for (name, value) in round { values[name, default: []].append(value) }
    }

    func median(_ name: String) -> Double? {
        guard let sorted = values[name]?.sorted(), !sorted.isEmpty else { return nil }
        return sorted[sorted.count / 2]
    }
}
