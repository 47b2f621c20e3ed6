import Browser
import CableData
import CableModel
import Foundation

/// The time from starting `cablegram` on the bundled cable to its first frame on a terminal, beside `less` showing
/// the same file in the same run (both under `script`, which gives them a terminal of 120×40), and where the
/// browser's own part of that time goes.
enum FirstFrameBenchmark {
    /// Runs `less` and each binary (the `cablegram` beside the benchmark when none is named) `rounds` times,
    /// alternating, and prints the medians and their ratios to less's.
    static func run(rounds: Int = 15, binaries named: [String] = []) {
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let beside = bench.deletingLastPathComponent().appendingPathComponent("cablegram").path
        let binaries = named.isEmpty ? [beside] : named
        guard binaries.allSatisfy(FileManager.default.isExecutableFile), let file = BundledData.defaultCablePath else {
            print("first frame: no cablegram at \(binaries.joined(separator: ", ")) (swift build -c release first)")
            return
        }
        // NB: less's prompt is set to words of our own, which it draws once its first screen is out; the browser's
        // status line is its last row, and at 120 columns its hints end with the jump list's.
        let less = ScreenTimer(command: "less -Ps'LESS FIRST FRAME' '\(file)'", marker: "LESS FIRST FRAME")
        let browsers = binaries.map { ScreenTimer(command: "'\($0)' '\(file)'", marker: "Backspace back") }
        var lessTimes: [Double] = []
        var browserTimes = Array(repeating: [Double](), count: browsers.count)
        for _ in 0..<rounds {
            if let time = less.measure() { lessTimes.append(time) }
            for (position, browser) in browsers.enumerated() {
                if let time = browser.measure() { browserTimes[position].append(time) }
            }
        }
        guard let lessMedian = median(lessTimes) else {
            print("first frame: less did not draw (is `script` from util-linux installed?)")
            return
        }
        print("first frame on a 120×40 terminal, medians of \(rounds): less \(milliseconds(lessMedian)) ms")
        for (binary, times) in zip(binaries, browserTimes) {
            guard let browserMedian = median(times) else {
                print("  \(binary): did not draw")
                continue
            }
            let ratio = String(format: "%.2f", browserMedian / lessMedian)
            print("  \(binary): \(milliseconds(browserMedian)) ms, \(ratio)× less")
        }
        phases()
    }

    /// The browser's work before its first frame, phase by phase, in this process (cold, as at start-up), then what
    /// it derives after that frame.
    static func phases() {
        var times: [(String, Double)] = []
        func time<T>(_ name: String, _ work: () -> T) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = work()
            times.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        let bytes = time("read") { BundledData.bytes(of: BundledData.defaultCableName) ?? [] }
        let knowledge = time("glossary and posts") { GeneralKnowledge.bundledWithoutGazetteer }
        guard let cable = time("load", { try? CableLoader.loadFirst(bytes, knowledge: knowledge) }) else { return }
        let document = time("document (outline and reader)") {
            Document.browsing(cable, knowledge: knowledge, names: { .bundled }, deferring: true)
        }
        _ = time("first frame painted") {
            Renderer.render(BrowserState(document: document, size: Size(width: 120, height: 40)))
        }
        let before = times.map { "\($0.0) \(milliseconds($0.1))" }.joined(separator: ", ")
        times = []
        _ = time("gazetteer") { GeneralKnowledge.bundled }
        _ = time("index, names, index pane and statistics") { document.deriveDeferredParts() }
        let after = times.map { "\($0.0) \(milliseconds($0.1))" }.joined(separator: ", ")
        print("  in process, cold, in ms: \(before); the rest is process start, curses and the terminal")
        print("  after the first frame, before the first key, in ms: \(after)")
    }

    private static func median(_ times: [Double]) -> Double? {
        times.isEmpty ? nil : times.sorted()[times.count / 2]
    }

    private static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
}

/// Starts a command on a terminal of its own (`script`) and times how long it takes until `marker` is on it.
struct ScreenTimer {
    let command: String
    let marker: String

    /// The seconds until the marker shows, or nil when it did not within five seconds.
    func measure() -> Double? {
        guard let terminal = PseudoTerminal(command) else { return nil }
        defer { terminal.close() }
        return terminal.time(of: marker, timeout: 5)
    }
}
