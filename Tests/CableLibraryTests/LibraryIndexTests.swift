import CableModel
import Foundation
import GRDB
import TestSupport
import Testing

@testable import CableLibrary

@Suite("Library: indexing, incremental updates, pruning")
struct LibraryIndexTests {
    private func threeCables(_ fixture: LibraryFixture) -> [String] {
        [
            fixture.write(
                "a/first.txt",
                TestCable.text(
                    post: "VALLETTA", number: 12, dateTimeGroup: "031015Z MAR 09", tags: "PGOV KTIP MT",
                    subject: "FERRY WORKERS ASK FOR HELP", reference: "STATE 4455",
                    paragraphs: ["The harbour police counted 14 stowaways on the night ferry last week."])),
            fixture.write(
                "a/b/second.txt",
                TestCable.text(
                    post: "STATE", number: 4455, dateTimeGroup: "020900Z JAN 09",
                    classification: "C O N F I D E N T I A L",
                    subject: "GUIDANCE ON HARBOUR INSPECTIONS",
                    paragraphs: ["Posts should report how many inspections the harbour authorities held."])),
            fixture.write(
                "third.txt",
                TestCable.text(
                    post: "LIMASSOL", number: 7, dateTimeGroup: "151200Z JUN 10", classification: "SECRET",
                    tags: "PREL CY", subject: "A QUIET WEEK", reference: "09 STATE 4455",
                    paragraphs: ["Nothing of note happened at the marina this week."])),
        ]
    }

    @Test func indexesFilesAndFoldersOnce() throws {
        let fixture = LibraryFixture()
        _ = threeCables(fixture)
        let first = try fixture.index([fixture.folder])
        #expect(first.cables == 3 && first.newFiles == 3 && first.unchangedFiles == 0)
        let again = try fixture.index([fixture.folder])
        #expect(again.cables == 0 && again.newFiles == 0 && again.replacedFiles == 0 && again.unchangedFiles == 3)
        let library = try fixture.readable()
        #expect(try library.count(.everything) == 3)
        #expect(try library.summary().incompleteFiles == 0)
    }

    @Test func aRunThatWritesALargeShareLeavesTheFullTextIndexInOneSegment() throws {
        let fixture = LibraryFixture()
        let paths = threeCables(fixture)
        for path in paths { try fixture.index([path]) }
        #expect(try segments(fixture) == 1, "each run wrote at least an eighth of the library")
        let more = fixture.write("series.txt", TestCable.series(post: "RIGA", count: 30))
        try fixture.index([more])
        #expect(try segments(fixture) == 1)
        try fixture.index([fixture.write("one more.txt", TestCable.series(post: "TALLINN", count: 1))])
        let left = try segments(fixture)
        #expect(left > 1, "one cable in 34 is left to FTS5's automerge: \(left) segments")
    }

    /// The number of segments of the full-text index.
    private func segments(_ fixture: LibraryFixture) throws -> Int {
        try DatabaseQueue(path: fixture.libraryPath).read {
            try Int.fetchOne($0, sql: "SELECT count(DISTINCT segid) FROM unit_fts_idx") ?? 0
        }
    }

    @Test func aChangedFileIsReplacedAndOnlyIt() throws {
        let fixture = LibraryFixture()
        let paths = threeCables(fixture)
        try fixture.index([fixture.folder])
        let before = try fixture.readable().database.read {
            try Row.fetchAll($0, sql: "SELECT id, cable_id FROM cable")
        }
        fixture.write(
            "third.txt",
            TestCable.text(
                post: "LIMASSOL", number: 8, dateTimeGroup: "161200Z JUN 10", paragraphs: ["A second week passed."]))
        let report = try fixture.index([fixture.folder])
        #expect(report.replacedFiles == 1 && report.unchangedFiles == 2 && report.cables == 1)
        let library = try fixture.readable()
        #expect(try library.contains(cableID: "10LIMASSOL8"))
        #expect(try !library.contains(cableID: "10LIMASSOL7"))
        let after = try library.database.read { try Row.fetchAll($0, sql: "SELECT id, cable_id FROM cable") }
        let pairs = { (rows: [Row]) in Set(rows.map { "\($0["id"] as Int64)/\($0["cable_id"] as String)" }) }
        let kept = pairs(before).intersection(pairs(after))
        #expect(kept.count == 2, "the two unchanged cables keep their rows")
        // NB: the replaced cable's units were the last written, so the new ones may take their row ids again.
        #expect(try fixture.fullText(finding: "marina") == (true, 0))
        #expect(try fixture.fullText(finding: "passed") == (true, 1))
        _ = paths
    }

    @Test func aTouchedButUnchangedFileIsNotRewritten() throws {
        let fixture = LibraryFixture()
        let paths = threeCables(fixture)
        try fixture.index([fixture.folder])
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: paths[0])
        let report = try fixture.index([fixture.folder])
        #expect(report.unchangedFiles == 3 && report.cables == 0)
    }

    @Test func pruneDropsTheCablesOfFilesThatAreGone() throws {
        let fixture = LibraryFixture()
        let paths = threeCables(fixture)
        try fixture.index([fixture.folder])
        try FileManager.default.removeItem(atPath: paths[1])
        let kept = try fixture.index([fixture.folder])
        #expect(kept.prunedFiles == 0)
        #expect(try fixture.readable().count(.everything) == 3, "without --prune the library keeps the cable")
        let pruned = try fixture.index([fixture.folder], prune: true)
        #expect(pruned.prunedFiles == 1)
        #expect(try fixture.readable().count(.everything) == 2)
    }

    @Test func aRunGivesBackThePagesItFreed() throws {
        let fixture = LibraryFixture()
        let paths = (1...4).map { fixture.write("series\($0).txt", TestCable.series(post: "VALLETTA\($0)", count: 40)) }
        try fixture.index([fixture.folder])
        let whole = try fileSize(fixture.libraryPath)
        for path in paths.dropFirst() { try FileManager.default.removeItem(atPath: path) }
        try fixture.index([fixture.folder], prune: true)
        let freePages = try DatabaseQueue(path: fixture.libraryPath).read { db in
            try Int.fetchOne(db, sql: "PRAGMA freelist_count")
        }
        #expect(freePages == 0)
        #expect(try fileSize(fixture.libraryPath) < whole * 2 / 3, "a pruned library's file shrinks")
    }

    private func fileSize(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    }

    @Test func twoCablesWithOneIdAreBothKept() throws {
        let fixture = LibraryFixture()
        let text = TestCable.text(post: "VALLETTA", number: 3, dateTimeGroup: "011200Z MAY 08", paragraphs: ["One."])
        fixture.write("one/copy.txt", text)
        fixture.write("two/copy.txt", text + "\nA line added to the second copy.\n")
        let report = try fixture.index([fixture.folder])
        #expect(report.duplicateIDs.map(\.id) == ["08VALLETTA3"])
        let found = try fixture.readable().cables(withID: "08valletta3")
        #expect(found.count == 2 && Set(found.map(\.file)).count == 2)
    }

    @Test func aFileOfManyCablesKeepsEachCableAndItsPosition() throws {
        let fixture = LibraryFixture()
        fixture.write("many.txt", TestCable.series(post: "VALLETTA", count: 5))
        try fixture.index([fixture.folder])
        let cables = try fixture.readable().list(.everything, sort: .id)
        #expect(cables.map(\.id) == (1...5).map { "08VALLETTA\($0)" })
        #expect(cables.map(\.position) == [0, 1, 2, 3, 4])
    }

    @Test func problemsAreCountedAndTheRestIsIndexed() throws {
        let fixture = LibraryFixture()
        _ = threeCables(fixture)
        fixture.write("empty.txt", "  \n\n")
        fixture.write("notes.txt", "Only a note, with no header at all, written in plain prose for a test.\n")
        _ = FileManager.default.createFile(atPath: fixture.folder + "/binary.txt", contents: Data([0x50, 0, 0, 1, 2]))
        let report = try fixture.index([fixture.folder])
        #expect(report.cables == 4)
        #expect(report.problems.contains { $0.place.hasSuffix("binary.txt") && $0.message.contains("binary") })
        #expect(report.warnings.contains { $0.place.hasSuffix("notes.txt") && $0.message.contains("no cable header") })
    }

    @Test func theStoredTextGivesTheSameCableAsTheFile() throws {
        guard SharedData.shouldRun else { return }
        let fixture = LibraryFixture()
        let files = SharedData.files(in: "cables")
        try fixture.index(files.map(\.path))
        let library = try fixture.readable()
        for file in files {
            let fromFile = try CableLoader.load(SharedData.bytes(file), knowledge: .bundled, name: file.path)[0]
            let summary = try #require(try library.cables(withID: fromFile.title).first)
            let stored = try #require(try library.source(of: summary.key))
            #expect(CableLoader.parse(stored, knowledge: .bundled) == fromFile, "\(file.lastPathComponent)")
        }
    }
}

@Suite("Library: a large file read in windows")
struct LibraryLargeFileTests {
    @Test func aFileWhoseCablesSpanSeveralBatchesKeepsThemAll() throws {
        let fixture = LibraryFixture()
        let path = fixture.write("sheet.txt", TestCable.series(post: "GOZO", count: 600))
        let library = try fixture.writable()
        let indexer = LibraryIndexer(library: library, knowledge: LibraryFixture.knowledge)
        indexer.windowSize = 16_384
        let report = try indexer.index([FileList.absolute(path)])
        #expect(report.cables == 600)
        let positions = try fixture.readable().list(.everything, sort: .id).map(\.position)
        #expect(Set(positions) == Set(0..<600))
        #expect(try fixture.readable().summary().incompleteFiles == 0)
    }
}

/// A partial extract without a date takes its id's year from its file's name, in the library as on the command line,
/// and keeps it when the library derives it again from the stored text.
@Suite("Library: ids from file names")
struct LibraryNamedIDTests {
    @Test func aPartialExtractIsFoundByTheIdItsFileNames() throws {
        let fixture = LibraryFixture()
        let dated = TestCable.text(
            post: "VALLETTA", number: 12, dateTimeGroup: "031015Z MAR 04", paragraphs: ["A line of prose to read."])
        let extract = dated.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("UNCLAS") }
            .joined(separator: "\n")
        fixture.write("04VALLETTA12.txt", "This record is a partial extract of the original cable.\n\n" + extract)
        try fixture.index([fixture.folder])
        let library = try fixture.readable()
        let listed = try library.list(LibraryQuery(""), sort: .id)
        #expect(listed.map(\.id) == ["04VALLETTA12"])
        let key = try #require(listed.first?.key)
        let source = try #require(try library.source(of: key))
        #expect(CableLoader.parse(source, knowledge: .bundled).title == "04VALLETTA12")
    }
}
