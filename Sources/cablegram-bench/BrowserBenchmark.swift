import Browser
import CableData
import CableModel
import Foundation

/// The browser's own work per frame and per keystroke on the bundled cable at 200×50: painting the whole grid, and
/// a search keystroke (the busiest: it queries the index, moves the reader, repaints). Terminal output is not
/// included; ncurses sends only the cells that changed.
enum BrowserBenchmark {
    static func run() {
        guard let bytes = BundledData.bytes(of: BundledData.defaultCableName),
            let cable = try? CableLoader.loadFirst(bytes, knowledge: .bundled)
        else {
            print("browser: the bundled cable is missing")
            return
        }
        let knowledge = GeneralKnowledge.bundled
        var state = BrowserState(document: .browsing(cable, knowledge: knowledge), size: Size(width: 200, height: 50))
        type(":27e\n/cott", into: &state)
        var screen = Screen(size: state.size)
        Renderer.render(state, into: &screen)
        let rounds = 2_000
        let frame = median(rounds) { Renderer.render(state, into: &screen) }
        let keystroke = median(rounds) {
            var typing = state
            _ = typing.handle(.key(.character("o")))
            Renderer.render(typing, into: &screen)
        }
        let action = median(rounds) {
            var typing = state
            _ = typing.handle(.key(.character("o")))
        }
        print("browser frame 200x50 (paint the whole grid): \(microseconds(frame)) µs median of \(rounds)")
        print("browser search keystroke (query, move, paint): \(microseconds(keystroke)) µs median of \(rounds)")
        print("  of which the state change (query and move): \(microseconds(action)) µs")
    }

    private static func type(_ keys: String, into state: inout BrowserState) {
        for scalar in keys.unicodeScalars {
            _ = state.handle(.key(scalar == "\n" ? .enter : .character(scalar)))
        }
    }

    /// The median time of `work` over `rounds` runs, in seconds.
    static func median(_ rounds: Int, _ work: () -> Void) -> Double {
        var times: [Double] = []
        times.reserveCapacity(rounds)
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            work()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[rounds / 2]
    }

    private static func microseconds(_ seconds: Double) -> String { String(format: "%.0f", seconds * 1e6) }
}
