import Browser
import CableModel

/// A cable list in memory: made-up rows, each opening the bundled cable; a row whose id says `BROKEN` fails to open.
final class CableListFake: CableListSource {
    let all: [CableListRow]
    /// The ranges asked for, in order: what the list read from its source.
    private(set) var reads: [Range<Int>] = []

    init(count: Int) {
        let levels = ["UNCLASSIFIED", "CONFIDENTIAL", "SECRET//NOFORN", ""]
        all = (0..<count).map { position in
            CableListRow(
                key: Int64(position + 1), id: "99TESTPOST\(position + 1)",
                date: "\(2000 + position / 336)-\(position / 28 % 12 + 10)-\(position % 28 + 10)", origin: "TESTPOST",
                classification: levels[position % 4],
                subject: "MADE-UP SUBJECT NUMBER \(position + 1)")
        }
    }

    init(rows: [CableListRow]) { all = rows }

    var count: Int { all.count }

    func rows(_ positions: Range<Int>) throws(CableListError) -> [CableListRow] {
        reads.append(positions)
        return Array(all[positions])
    }

    var words: String { filterWords }
    /// The words of the filter that made this list.
    private var filterWords = ""

    /// The rows whose subject or id holds every word of `query`, sorted by the order's column (ties by key); a query
    /// with a colon does not parse. Each row kept counts one hit per word when there are words.
    func answer(_ query: String, order: CableListOrder) throws(CableListError) -> any CableListSource {
        if query.contains(":") { throw CableListError("no field bad") }
        let words = query.split(separator: " ").map(String.init)
        let kept = all.filter { row in words.allSatisfy { (row.subject + " " + row.id).contains($0) } }
        let sorted = kept.sorted { first, second in
            let (a, b) = (first.text(in: order.column), second.text(in: order.column))
            return a == b ? first.key < second.key : (a < b) != order.descending
        }
        let answer = CableListFake(rows: sorted.map { words.isEmpty ? $0 : $0.counting(words.count) })
        answer.filterWords = words.joined(separator: " ")
        return answer
    }

    func position(of id: String) throws(CableListError) -> Int? { all.firstIndex { $0.id == id } }

    func cable(_ row: CableListRow) throws(CableListError) -> Cable {
        if row.id.contains("BROKEN") { throw CableListError("the stored text is damaged") }
        return Fixtures.seedCable
    }
}

extension LibraryBrowser {
    /// A library browser on a made-up list of `count` cables.
    static func fake(_ count: Int, _ width: Int = 80, _ height: Int = 24) -> LibraryBrowser {
        LibraryBrowser(
            source: CableListFake(count: count), title: "Library  test", size: Size(width: width, height: height),
            knowledge: Fixtures.knowledge)
    }

    /// Types `text` at a prompt, then lets the waiting query run, as the event loop does once typing pauses.
    mutating func type(_ text: String) {
        for scalar in text.unicodeScalars { press(.character(scalar)) }
        answerRequest()
    }

    /// Opens the filter prompt, types `text`, lets it run and keeps it with Enter.
    mutating func filter(_ text: String) {
        press(.character("f"))
        type(text)
        press(.enter)
    }

    /// Presses one key.
    @discardableResult
    mutating func press(_ key: Key) -> Reaction { handle(.key(key)) }

    /// The frame as text.
    var frame: String { Renderer.render(self).plainText }
}

extension CableListRow {
    /// The row with a hit count.
    func counting(_ hits: Int) -> CableListRow {
        CableListRow(
            key: key, id: id, date: date, origin: origin, classification: classification, subject: subject, hits: hits)
    }
}
