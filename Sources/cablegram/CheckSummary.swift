import CableModel

/// The counts `check --summary` prints: files, cables, cables without problems, and cables per problem.
struct CheckSummary {
    private(set) var files = 0
    private(set) var failedFiles = 0
    private(set) var cables = 0
    private(set) var okCables = 0
    /// Cables per problem kind (`CableProblem.kind`).
    private(set) var counts: [String: Int] = [:]

    /// Counts a file that loaded.
    mutating func add(_ loaded: [Cable]) {
        files += 1
        for cable in loaded {
            cables += 1
            let kinds = Set(cable.problems.map(\.kind))
            if kinds.isEmpty { okCables += 1 }
            for kind in kinds { counts[kind, default: 0] += 1 }
        }
    }

    /// Counts a file that failed to load.
    mutating func addFailure() {
        files += 1
        failedFiles += 1
    }

    /// The summary as lines: the totals, then each problem with its count, most frequent first.
    var lines: [String] {
        let rows = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let width = String(max(cables, failedFiles)).count
        func row(_ count: Int, _ text: String) -> String {
            String(repeating: " ", count: width - String(count).count) + "\(count)  \(text)"
        }
        return ["\(cables) cables in \(files) files", row(okCables, "ok")] + rows.map { row($0.value, $0.key) }
            + (failedFiles > 0 ? [row(failedFiles, "files failed to load")] : [])
    }
}
