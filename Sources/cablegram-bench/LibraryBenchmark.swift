import CableData
import CableLibrary
import CableModel
import Foundation

/// The library: `cablegram index` of growing parts of a folder of cables (whole processes, from a new database),
/// an incremental run, a bare FTS5 build of the same units' text by SQLite alone (the yardstick), the database's
/// size, and the latency of opening the library and answering filtered lists and searches, on that library and
/// on a synthetic one 16 times larger.
struct LibraryBenchmark {
    /// The folder of cables (`shared/library`).
    let folder: String
    /// The `cablegram` binary beside this one.
    let cablegram: String
    /// A temporary folder for the databases, removed at the end.
    let work = NSTemporaryDirectory() + "cablegram-bench-library-\(getpid())"

    func run() {
        try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let files = FileList.expand([folder]).files
        guard !files.isEmpty else { return print("library: no .txt files in \(folder)") }
        var full = (path: "", run: WholeProcess.run("/bin/true", []))
        for share in [4, 2, 1] {
            let part = Array(files.prefix(files.count / share))
            full = indexPoint(part, name: "part\(share)")
        }
        incremental(files, library: full.path)
        yardsticks(files, library: full.path, index: full.run)
        latencies(library: full.path)
    }

    /// The latency of queries on `library` and on a library 16 times larger: `large` when given, else a synthetic
    /// one built from `library`.
    func latencies(library: String, large: String? = nil) {
        try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        latency(library: library, name: "library")
        let large = large ?? SyntheticLibrary(source: library, copies: 16, path: work + "/large.sqlite").build()
        latency(library: large, name: "16x library")
    }

    /// Indexes `files` into a new database as a whole process; prints the curve's point.
    private func indexPoint(_ files: [String], name: String) -> (path: String, run: WholeProcess) {
        let path = work + "/\(name).sqlite"
        let list = work + "/\(name).txt"
        _ = FileManager.default.createFile(atPath: list, contents: Data(files.joined(separator: "\n").utf8))
        let run = WholeProcess.run(cablegram, ["index", "--files-from", list, "--library=" + path])
        guard let summary = try? Library(path: path).summary() else { return (path, run) }
        let megabytes = Double(summary.textBytes) / 1_048_576
        print(
            "library index of \(summary.cables) cables (\(format(megabytes, 1)) MB): \(format(run.seconds, 1)) s wall, "
                + "\(format(run.cpuSeconds, 1)) s CPU, \(format(megabytes / run.seconds, 1)) MB/s, "
                + "\(format(run.peakMegabytes, 0)) MB peak; database \(format(Double(summary.databaseBytes) / 1_048_576, 1)) MB "
                + "(\(format(Double(summary.databaseBytes) / Double(summary.textBytes), 2))x the text)")
        return (path, run)
    }

    /// The same `index` again: nothing changed, nothing is rewritten.
    private func incremental(_ files: [String], library: String) {
        let list = work + "/part1.txt"
        let run = WholeProcess.run(cablegram, ["index", "--files-from", list, "--library=" + library])
        print("library index again, nothing changed (\(files.count) files): \(format(run.seconds, 2)) s wall")
    }

    /// SQLite alone building FTS5 over the same units' text, and grep reading the same files: whole processes.
    private func yardsticks(_ files: [String], library: String, index ours: WholeProcess) {
        let script = """
            ATTACH '\(library)' AS l;
            CREATE VIRTUAL TABLE t USING fts5(heading, text, tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO t SELECT heading, text FROM l.unit;
            """
        let fts = WholeProcess.run("/usr/bin/sqlite3", [work + "/fts.sqlite"], input: script)
        let grep = WholeProcess.run("/bin/grep", ["-c", "SUBJECT", "--"] + files)
        print(
            "yardsticks: sqlite3 building FTS5 of the same units: \(format(fts.seconds, 2)) s; grep -c over the files: "
                + "\(format(grep.seconds, 2)) s; index / FTS5 build: \(format(ours.seconds / fts.seconds, 1))x "
                + "(CPU \(format(ours.cpuSeconds / max(fts.cpuSeconds, 0.001), 1))x)")
    }

    /// Open the library and answer one query (and count its cables), many times: the median and the 99th
    /// percentile of lists and of searches, and the peak memory of a search process.
    private func latency(library: String, name: String) {
        guard let opened = try? Library(path: library), let sample = try? opened.list(.everything, limit: 1).first
        else { return }
        var times: [Bool: [Double]] = [false: [], true: []]
        var perQuery: [String: [Double]] = [:]
        for _ in 0..<15 {
            for (text, search) in LibraryBenchmark.queries(from: sample, in: opened) {
                let start = DispatchTime.now().uptimeNanoseconds
                if let library = try? Library(path: library), let query = try? LibraryQuery(text) {
                    if search {
                        _ = try? library.search(query, limit: 20)
                    } else {
                        _ = try? library.list(query, limit: 50)
                    }
                    _ = try? search ? library.count(query, upTo: Library.countedCables) : library.count(query)
                }
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                times[search, default: []].append(milliseconds)
                perQuery[text, default: []].append(milliseconds)
            }
        }
        let medians = perQuery.map { ($0.key, $0.value.sorted()[$0.value.count / 2]) }.sorted { $0.1 > $1.1 }
        print("\(name), median per query: " + medians.map { "\($0.0) \(format($0.1, 1)) ms" }.joined(separator: "; "))
        let process = WholeProcess.run(cablegram, ["search", "\"forced labor\" tag:KTIP", "--library=" + library])
        let cables = (try? opened.count(.everything)) ?? 0
        for search in [false, true] {
            let sorted = (times[search] ?? []).sorted()
            guard !sorted.isEmpty else { continue }
            print(
                "\(name) (\(cables) cables), open + \(search ? "search" : "filtered list") + count, \(sorted.count) runs: "
                    + "median \(format(sorted[sorted.count / 2], 1)) ms, "
                    + "99th percentile \(format(sorted[sorted.count * 99 / 100], 1)) ms")
        }
        print("\(name): a search process peaks at \(format(process.peakMegabytes, 0)) MB")
    }

    /// Filtered lists and searches a reader types first (true: a search); the subject word, name and statute are
    /// taken from one cable of the library, so that those filters find something in any library.
    static func queries(from sample: CableSummary, in library: Library) -> [(String, Bool)] {
        let source = (try? library.source(of: sample.key)) ?? nil
        let index = source.map { CableIndex.build(CableLoader.parse($0, knowledge: .bundled), knowledge: .bundled) }
        let subjectWord = sample.subject?.split(separator: " ").max { $0.count < $1.count }
        let derived: [String?] = [
            subjectWord.map { "subject:\(String($0).lowercased())" },
            index?.entities.first.map { "name:\"\($0.name)\"" },
            index?.statutes.compactMap(\.instrument).first.map { "statute:\"\($0)\"" },
        ]
        return [("tag:KTIP", false), ("origin:MOSCOW date:2009", false), ("class:>=secret date:2008..2009", false)]
            + derived.compactMap { $0.map { ($0, false) } }
            + [
                ("cited-by:\(sample.id)", false), ("tag:KTIP convicted", false), ("\"forced labor\"", true),
                ("trafficking victims", true), ("prosecut* -drug", true), ("tag:PHUM date:2009 elections", true),
            ]
    }
}
