import Foundation

/// The browser's histories between runs, in `$XDG_STATE_HOME/cablegram/` (else `~/.local/state/cablegram/`): the
/// searches in `history`, the cable list's filters in `filter-history`; one query a line, oldest first. A history
/// that cannot be read or written is left alone: it never stops the browser.
enum SearchHistoryFile {
    /// Which history: the file it lives in.
    enum Kind: String {
        /// Searches typed in a cable.
        case search = "history"
        /// Filters kept in the library's cable list.
        case filter = "filter-history"
    }

    /// The most queries kept.
    static let capacity = 100

    /// Where a history lives, or nil without a home folder.
    static func location(_ kind: Kind = .search) -> URL? {
        let environment = ProcessInfo.processInfo.environment
        let state: String
        if let folder = environment["XDG_STATE_HOME"], folder.hasPrefix("/") {
            state = folder
        } else if let home = environment["HOME"], !home.isEmpty {
            state = home + "/.local/state"
        } else {
            return nil
        }
        return URL(fileURLWithPath: state).appendingPathComponent("cablegram/" + kind.rawValue)
    }

    /// The queries of a history kept by earlier runs.
    static func load(_ kind: Kind = .search) -> [String] {
        guard let file = location(kind), let data = FileManager.default.contents(atPath: file.path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return Array(lines.filter { !$0.isEmpty }.suffix(capacity))
    }

    /// Keeps `queries` for the next run.
    static func save(_ queries: [String], as kind: Kind = .search) {
        guard let file = location(kind), !queries.isEmpty else { return }
        let text = queries.suffix(capacity).map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
        try? FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data((text + "\n").utf8).write(to: file, options: .atomic)
    }
}
