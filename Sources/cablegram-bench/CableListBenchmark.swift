import Browser
import CableModel
import Foundation

/// The cable list's keystrokes at 200×50 over a list of 100,000 made-up cables whose query is slow (every row is
/// looked at): a key at the filter prompt, with its frame, against painting the frame alone (the yardstick), and the
/// query the key asks for, which the event loop runs off the key loop.
enum CableListBenchmark {
    static func run() {
        var library = LibraryBrowser(
            source: MemoryList(count: 100_000), title: "Library", size: Size(width: 200, height: 50),
            knowledge: .bundled)
        _ = library.handle(.key(.character("f")))
        var screen = Screen(size: library.size)
        let rounds = 500
        let frame = BrowserBenchmark.median(rounds) { Renderer.render(library, into: &screen) }
        let keystroke = BrowserBenchmark.median(rounds) {
            var typing = library
            _ = typing.handle(.key(.character("7")))
            Renderer.render(typing, into: &screen)
        }
        let query = BrowserBenchmark.median(20) {
            var typing = library
            _ = typing.handle(.key(.character("7")))
            typing.answerRequest()
        }
        print("cable list frame 200x50 (yardstick): \(Int(frame * 1e6)) µs median of \(rounds)")
        print(
            "cable list filter keystroke (ask, paint): \(Int(keystroke * 1e6)) µs, "
                + String(format: "%.2f", keystroke / frame) + " frames; the query it asks for, run off the key loop: "
                + String(format: "%.1f", query * 1e3) + " ms")
    }
}

/// A cable list in memory whose filter looks at every row, as a query without an index would.
private final class MemoryList: CableListSource {
    let all: [CableListRow]
    let words = ""

    init(count: Int) {
        all = (0..<count).map { position in
            CableListRow(
                key: Int64(position), id: "00POST\(position)", date: "2000-01-01", origin: "POST",
                classification: "UNCLASSIFIED", subject: "SUBJECT \(position)")
        }
    }

    init(rows: [CableListRow]) { all = rows }

    var count: Int { all.count }

    func rows(_ positions: Range<Int>) throws(CableListError) -> [CableListRow] { Array(all[positions]) }

    func cable(_ row: CableListRow) throws(CableListError) -> Cable { throw CableListError("not kept") }

    func position(of id: String) throws(CableListError) -> Int? { all.firstIndex { $0.id == id } }

    func answer(_ filter: String, order: CableListOrder) throws(CableListError) -> any CableListSource {
        MemoryList(rows: all.filter { $0.subject.contains(filter) })
    }
}
