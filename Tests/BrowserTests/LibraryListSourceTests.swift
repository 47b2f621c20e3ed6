import Browser
import CableLibrary
import CableModel
import Foundation
import TestSupport
import Testing

@testable import cablegram

/// The cable list on a real library: three cables of ../shared/cables indexed into a temporary one, listed by date,
/// and one opened in the three panes and closed again.
@Suite(.enabled(if: SharedData.shouldRun))
struct LibraryListSourceTests {
    @Test func theListShowsTheIndexedCablesAndOpensOne() throws {
        let folder = ScratchFolder.path("list-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = Array(SharedData.files(in: "cables").prefix(3))
        try #require(files.count == 3)
        let path = folder + "/library.sqlite"
        let writer = try Library(path: path, access: .write)
        _ = try LibraryIndexer(library: writer, knowledge: .bundled).index(files.map(\.path), prune: false)
        let cables = try files.map { try CableLoader.loadFirst(SharedData.bytes($0), knowledge: .bundled) }

        let source = try LibraryListSource(opening: try Library(path: path))
        #expect(source.count == 3)
        var library = LibraryBrowser(
            source: source, title: "Library", size: Size(width: 120, height: 30), knowledge: .bundled)
        let frame = library.frame
        #expect(frame.contains("Cables  3"))
        for cable in cables { #expect(frame.contains(cable.title), "\(cable.title) not listed") }
        // NB: by date, the cables without one last.
        let dates = library.list.rows.map(\.date)
        let dated = Array(dates.prefix { !$0.isEmpty })
        let undatedLast = dates.dropFirst(dated.count).allSatisfy(\.isEmpty)
        #expect(dated == dated.sorted())
        #expect(undatedLast)

        library.press(.down)
        let chosen = try #require(library.list.selectedRow)
        library.press(.enter)
        #expect(library.cable?.document.cable.title == chosen.id)
        #expect(library.frame.contains(chosen.id))
        library.press(.backspace)
        #expect(library.cable == nil)
        #expect(library.list.selectedRow == chosen)

        let narrowed = try source.answer(
            "origin:" + chosen.origin.replacingOccurrences(of: " ", with: ""), order: CableListOrder())
        let kept = try narrowed.rows(0..<narrowed.count)
        #expect(!kept.isEmpty && kept.count < 3)
        #expect(kept.contains(chosen))
        #expect(throws: CableListError.self) { try source.answer("nosuchfield:x", order: CableListOrder()) }

        let byID = try source.answer("", order: CableListOrder(.id, descending: true))
        let ids = try byID.rows(0..<3).map(\.id)
        #expect(ids == ids.sorted(by: >))
        #expect(try byID.position(of: ids[2]) == 2)
        #expect(try narrowed.position(of: chosen.id) != nil)
        #expect(try source.position(of: "99NOWHERE1") == nil)
        let word = try #require(chosen.subject.split(separator: " ").first { $0.count > 3 })
        let withWords = try source.answer(String(word), order: CableListOrder())
        let counted = try withWords.rows(0..<withWords.count)
        #expect(counted.allSatisfy { ($0.hits ?? 0) > 0 })
        #expect(withWords.words == String(word))
        #expect(try source.rows(0..<3).allSatisfy { $0.hits == nil })
        #expect(try source.rows(1..<3) == Array(source.rows(0..<3).dropFirst()))
    }

    /// Until its keys are in, the list as it opens reads its pages by position, and the same rows come after.
    @Test func theOpeningListReadsByPositionUntilItsKeysAreIn() throws {
        let folder = ScratchFolder.path("list-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/library.sqlite"
        let writer = try Library(path: path, access: .write)
        _ = try LibraryIndexer(library: writer, knowledge: .bundled).index(
            SharedData.files(in: "cables").map(\.path), prune: false)
        let library = try Library(path: path)
        let gate = DispatchSemaphore(value: 0)
        let listing = Listing { () throws(LibraryError) in
            gate.wait()
            return try library.listing(.everything)
        }
        let source = try LibraryListSource(opening: library, listing: listing)
        let byPosition = try source.rows(2..<7)
        #expect(listing.ifRead == nil && byPosition.count == 5)
        gate.signal()
        let chosen = try #require(byPosition.last)
        #expect(try source.position(of: chosen.id) == 6)
        #expect(listing.ifRead?.count == source.count)
        #expect(try source.rows(2..<7) == byPosition)
    }

    /// The preview is read from what the library stored, and shows what a parse of the cable's text shows.
    @Test func thePreviewFromTheStoredPartsEqualsTheParsedOne() throws {
        let folder = ScratchFolder.path("list-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = SharedData.files(in: "cables")
        try #require(files.count >= 10)
        let path = folder + "/library.sqlite"
        let writer = try Library(path: path, access: .write)
        _ = try LibraryIndexer(library: writer, knowledge: .bundled).index(files.map(\.path), prune: false)
        let source = try LibraryListSource(opening: try Library(path: path))
        for row in try source.rows(0..<source.count) {
            let parsed = CablePreview(key: row.key, cable: try source.cable(row), knowledge: .bundled)
            #expect(try source.preview(row, knowledge: .bundled) == parsed, "\(row.id)")
        }
    }
}
