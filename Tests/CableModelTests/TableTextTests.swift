import CableModel
import Testing

/// Tables as aligned text that fits a width, and as RFC 4180 CSV.
@Suite struct TableTextTests {
    let table = StatisticsTable(
        name: "demo", title: "Demo",
        columns: ["ID", "TEXT", "NOTE"],
        rows: [
            [.init("1"), .init("short"), .init("a, b")],
            [.init("22"), .init("a \"quoted\" word and a much longer cell that will not fit"), .init("line\nbreak")],
        ],
        emptyMessage: "Nothing here.")

    @Test func plainTextIsAlignedAndFitsTheWidth() {
        let text = TableText.plain(table, width: 40)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "Demo")
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines[1].hasPrefix("ID  TEXT"))
        #expect(lines[3].contains("…"))
        // NB: the second column starts at the same place on every line: after the widest id and two spaces.
        #expect(lines[1].dropFirst(4).hasPrefix("TEXT"))
        #expect(lines[2].dropFirst(4).hasPrefix("short"))
        #expect(lines[3].dropFirst(4).hasPrefix("a \"quoted\""))
    }

    @Test func plainTextWithoutWidthKeepsEveryCharacter() {
        let text = TableText.plain(table, width: nil)
        #expect(text.contains("a much longer cell that will not fit"))
        #expect(text.contains("line break"))
    }

    @Test func emptyTableSaysSo() {
        let empty = StatisticsTable(name: "e", title: "Empty", columns: ["A"], rows: [], emptyMessage: "Nothing here.")
        #expect(TableText.plain(empty, width: 80) == "Empty\nNothing here.\n")
        #expect(TableText.csv(empty) == "A\r\n")
    }

    @Test func csvQuotesOnlyWhereNeededAndDoublesQuotes() {
        let csv = TableText.csv(table)
        let records = csv.components(separatedBy: "\r\n")
        #expect(records[0] == "ID,TEXT,NOTE")
        #expect(records[1] == "1,short,\"a, b\"")
        #expect(records[2] == "22,\"a \"\"quoted\"\" word and a much longer cell that will not fit\",\"line\nbreak\"")
        #expect(csv.hasSuffix("\r\n"))
    }
}
