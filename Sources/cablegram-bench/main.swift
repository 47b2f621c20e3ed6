import CableData
import CableModel
import Foundation

/// `swift run -c release cablegram-bench [FOLDER]`: the browser's frame and keystroke times (`BrowserBenchmark`),
/// then load throughput over a folder of cables, measured against GNU grep scanning the same files in the same run,
/// so the figure is a ratio that does not depend on the machine. `cablegram-bench --first-frame [CABLEGRAM...]`
/// times the first frame alone, beside less, for each binary named (alternating), else the one built beside it;
/// `cablegram-bench --library-list DB...` times the library's cable list on each database (`LibraryListBenchmark`).
struct Benchmark {
    let folder: String
    let files: [(name: String, bytes: [UInt8])]

    init(folder: String) {
        self.folder = folder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".txt")
        }
        files = names.sorted().compactMap { name in
            FileManager.default.contents(atPath: folder + "/" + name).map { (name, [UInt8]($0)) }
        }
    }

    var totalBytes: Int { files.reduce(0) { $0 + $1.bytes.count } }

    /// The best of `rounds` timings of `work`, in seconds.
    func best(of rounds: Int, _ work: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            work()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    func loadAll() -> Int {
        var units = 0
        for file in files {
            units += ((try? CableLoader.load(file.bytes, knowledge: .bundled)) ?? []).reduce(0) { $0 + $1.units.count }
        }
        return units
    }

    /// Every cable of the corpus, loaded once (outside the timings of later stages).
    func cables() -> [Cable] { files.flatMap { (try? CableLoader.load($0.bytes, knowledge: .bundled)) ?? [] } }

    /// Reads the figures of every cable; returns how many it found.
    func extractStatistics(_ cables: [Cable]) -> Int {
        cables.reduce(0) { $0 + CableStatistics(cable: $1).figures.count }
    }

    /// GNU grep reading every file once (`grep -c SUBJECT FILE...`), the yardstick: a whole process, run
    /// directly with the paths (no shell, no glob), as `cablegram check` is.
    func grepSeconds() -> Double {
        let paths = files.map { folder + "/" + $0.name }
        return (0..<3).map { _ in WholeProcess.run("/bin/grep", ["-c", "SUBJECT", "--"] + paths).seconds }.min()!
    }

    /// `cablegram check FILE...` (load every file, print a line per cable) as a whole process.
    func checkSeconds(_ cablegram: String) -> Double {
        let paths = files.map { folder + "/" + $0.name }
        return (0..<3).map { _ in WholeProcess.run(cablegram, ["check", "--"] + paths).seconds }.min()!
    }
}

if (3...4).contains(CommandLine.arguments.count), CommandLine.arguments[1] == "--library-latency" {
    // NB: query latency alone, on a library already indexed (and its 16x copy, or the large library named after
    // it), without the hour of the rest.
    let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let bench = LibraryBenchmark(folder: "", cablegram: binaries.appendingPathComponent("cablegram").path)
    bench.latencies(library: CommandLine.arguments[2], large: CommandLine.arguments.dropFirst(3).first)
    try? FileManager.default.removeItem(atPath: bench.work)
    exit(0)
}
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "--library-list" {
    let cablegram = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("cablegram").path
    for library in CommandLine.arguments.dropFirst(2) {
        LibraryListBenchmark(cablegram: cablegram, library: library).run()
    }
    exit(0)
}
if CommandLine.arguments.count >= 2, CommandLine.arguments[1] == "--first-frame" {
    FirstFrameBenchmark.run(binaries: Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}
BrowserBenchmark.run()
CableListBenchmark.run()
FirstFrameBenchmark.run()
let arguments = CommandLine.arguments.dropFirst()
/// The corpus: the first argument, else `$CABLEGRAM_SHARED/corpus`, else `shared/corpus` beside the repository.
let besideRepository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared").path
let shared = ProcessInfo.processInfo.environment["CABLEGRAM_SHARED"].flatMap { $0.isEmpty ? nil : $0 }
let folder = arguments.first ?? (shared ?? besideRepository) + "/corpus"
let benchmark = Benchmark(folder: folder)
guard !benchmark.files.isEmpty else {
    FileHandle.standardError.write(
        Data(
            "cablegram-bench: no .txt files in \(folder) (name a folder, set CABLEGRAM_SHARED, or put shared/ beside the repository)\n"
                .utf8))
    exit(2)
}
let megabytes = Double(benchmark.totalBytes) / 1_048_576
var units = 0
let load = benchmark.best(of: 5) { units = benchmark.loadAll() }
print("corpus: \(benchmark.files.count) files, \(String(format: "%.1f", megabytes)) MB, \(units) units")
print(
    "load (decode, parse, repair): \(String(format: "%.3f", load)) s, \(String(format: "%.1f", megabytes / load)) MB/s")
let cables = benchmark.cables()
var figures = 0
let statistics = benchmark.best(of: 3) { figures = benchmark.extractStatistics(cables) }
print(
    "statistics (figures and tables, on loaded cables): \(String(format: "%.3f", statistics)) s, "
        + "\(String(format: "%.1f", megabytes / statistics)) MB/s, \(figures) figures")
if let seed = try? CableLoader.loadFirst(BundledData.bytes(of: BundledData.defaultCableName) ?? [], knowledge: .bundled)
{
    let seedStatistics = benchmark.best(of: 20) { _ = CableStatistics(cable: seed) }
    print("statistics of the bundled cable: \(String(format: "%.2f", seedStatistics * 1000)) ms")
}
/// The `cablegram` binary built beside this one.
let cablegram = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "cablegram"
).path
let grep = benchmark.grepSeconds()
print("grep -c over the same files (a whole process): \(format(grep, 3)) s, \(format(megabytes / grep, 1)) MB/s")
if FileManager.default.isExecutableFile(atPath: cablegram) {
    let check = benchmark.checkSeconds(cablegram)
    print(
        "cablegram check over the same files (a whole process): \(format(check, 3)) s; check time / grep time: "
            + "\(format(check / grep, 1))x")
}

if FileManager.default.isExecutableFile(atPath: cablegram) {
    // NB: paths that do not exist, so that only the gathering of arguments is measured (linear: 10x for 10x).
    let paths = { (count: Int) in (0..<count).map { "/nonexistent/cable\($0).txt" } }
    let few = WholeProcess.run(cablegram, ["check"] + paths(2_000)).seconds
    let many = WholeProcess.run(cablegram, ["check"] + paths(20_000)).seconds
    print(
        "check of 2,000 then 20,000 paths named as arguments: \(format(few, 2)) s, \(format(many, 2)) s (\(format(many / few, 1))x)"
    )
}

IndexBenchmark(benchmark: benchmark).run()
/// The library of cables: `shared/library` beside the corpus.
let libraryFolder = URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("library").path
if FileManager.default.isExecutableFile(atPath: cablegram), FileManager.default.fileExists(atPath: libraryFolder) {
    LibraryBenchmark(folder: libraryFolder, cablegram: cablegram).run()
} else {
    print("library: skipped (build the cablegram product in release, and keep shared/library beside the corpus)")
}
