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
                date: "1999-01-\(position % 28 + 10)", origin: "TESTPOST", classification: levels[position % 4],
                subject: "MADE-UP SUBJECT NUMBER \(position + 1)")
        }
    }

    init(rows: [CableListRow]) { all = rows }

    var count: Int { all.count }

    func rows(_ positions: Range<Int>) throws(CableListError) -> [CableListRow] {
        reads.append(positions)
        return Array(all[positions])
    }

    /// The rows whose subject or id holds every word of `query`; a query with a colon does not parse.
    func filtered(by query: String) throws(CableListError) -> any CableListSource {
        if query.contains(":") { throw CableListError("no field bad") }
        let words = query.split(separator: " ").map(String.init)
        return CableListFake(rows: all.filter { row in words.allSatisfy { (row.subject + " " + row.id).contains($0) } })
    }

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

    /// Presses one key.
    @discardableResult
    mutating func press(_ key: Key) -> Reaction { handle(.key(key)) }

    /// The frame as text.
    var frame: String { Renderer.render(self).plainText }
}
