import CableModel
import Foundation
import Testing

@testable import CableLibrary

@Suite("Library: reading a large file cable by cable")
struct CableStreamTests {
    private func sources(_ path: String, window: Int) throws -> (texts: [[UInt8]], outcome: CableStream.Outcome) {
        var texts: [[UInt8]] = []
        var stream = CableStream(path: path)
        stream.windowSize = window
        let outcome = try stream.read { texts += $0.map(\.text) }
        return (texts, outcome)
    }

    private func manyCables(_ count: Int) -> String {
        (1...count).map {
            TestCable.text(
                post: "VALLETTA", number: $0, dateTimeGroup: "011200Z MAY 08",
                paragraphs: [
                    "Cable \($0) reports that the ferry left the harbour on time and that the crossing was calm.",
                    "The port authority counted \($0 * 3) passengers and \($0) cars on the evening crossing.",
                ])
        }.joined(separator: "\n")
    }

    @Test func smallWindowsGiveTheCablesOfTheWholeFile() throws {
        let fixture = LibraryFixture()
        let text = manyCables(30)
        let path = fixture.write("many.txt", text)
        let whole = try CableLoader.sources(Array(text.utf8)).map(\.text)
        #expect(whole.count == 30)
        for window in [512, 1000, 4096, 1 << 20] {
            let streamed = try sources(path, window: window)
            #expect(streamed.texts == whole, "window \(window)")
            #expect(streamed.outcome.problems.isEmpty)
        }
    }

    @Test func windowsKeepLineEndsAndEncodingsApart() throws {
        let fixture = LibraryFixture()
        let text = manyCables(12).replacingOccurrences(of: "harbour", with: "harbour caf\u{E9}")
        var latin1 = Array(text.unicodeScalars.map { UInt8($0.value) })
        latin1 = latin1.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        let path = fixture.folder + "/latin1.txt"
        _ = FileManager.default.createFile(atPath: path, contents: Data(latin1))
        let streamed = try sources(path, window: 700)
        let whole = try CableLoader.sources(Array(text.utf8)).map(\.text)
        #expect(streamed.texts == whole)
    }

    @Test func spreadsheetRowsAreReadRowByRow() throws {
        let fixture = LibraryFixture()
        let rows = (1...20).map { number in
            let body = TestCable.text(
                post: "VALLETTA", number: number, dateTimeGroup: "011200Z MAY 08",
                paragraphs: ["Row \(number) of a sheet, with \"quoted\" words in a sentence long enough to count."])
            let quoted = body.replacingOccurrences(of: "\"", with: "\"\"").split(
                separator: "\n", omittingEmptySubsequences: false
            )
            .joined(separator: "\\\n")
            return
                "\"\(number)\",\"5/1/2008 12:00\",\"08VALLETTA\(number)\",\"Embassy Valletta\",\"UNCLASSIFIED\",\"\",\"\(quoted)\""
        }
        let text = rows.joined(separator: "\n") + "\n"
        let path = fixture.write("sheet.csv", text)
        let whole = try CableLoader.sources(Array(text.utf8)).map(\.text)
        #expect(whole.count == 20)
        #expect(try sources(path, window: 900).texts == whole)
    }

    @Test func theHashTellsContentApart() throws {
        let fixture = LibraryFixture()
        let first = fixture.write("a.txt", manyCables(3))
        let same = fixture.write("b.txt", manyCables(3))
        let other = fixture.write("c.txt", manyCables(4))
        let hashes = try [first, same, other].map { try sources($0, window: 256).outcome.hash }
        #expect(hashes[0] == hashes[1] && hashes[0] != hashes[2])
    }
}
