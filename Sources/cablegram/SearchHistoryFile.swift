import Foundation

/// The browser's search history between runs: `$XDG_STATE_HOME/cablegram/history` (else
/// `~/.local/state/cablegram/history`), one query a line, oldest first. A history that cannot be read or written is
/// left alone: it never stops the browser.
enum SearchHistoryFile {
    /// The most queries kept.
    static let capacity = 100

    /// Where the history lives, or nil without a home folder.
    static var location: URL? {
        let environment = ProcessInfo.processInfo.environment
        let state: String
        if let folder = environment["XDG_STATE_HOME"], folder.hasPrefix("/") {
            state = folder
        } else if let home = environment["HOME"], !home.isEmpty {
            state = home + "/.local/state"
        } else {
            return nil
        }
        return URL(fileURLWithPath: state).appendingPathComponent("cablegram/history")
    }

    /// The queries kept by earlier runs.
    static func load() -> [String] {
        guard let file = location, let data = FileManager.default.contents(atPath: file.path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return Array(lines.filter { !$0.isEmpty }.suffix(capacity))
    }

    /// Keeps `queries` for the next run.
    static func save(_ queries: [String]) {
        guard let file = location, !queries.isEmpty else { return }
        let text = queries.suffix(capacity).map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
        try? FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data((text + "\n").utf8).write(to: file, options: .atomic)
    }
}
