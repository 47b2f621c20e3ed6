import Foundation
import GRDB
import Testing

@testable import CableLibrary

@Suite("Library: damaged, foreign, locked, read-only and full databases")
struct LibraryRobustnessTests {
    private func indexed() throws -> LibraryFixture {
        let fixture = LibraryFixture()
        for number in 1...40 {
            fixture.write(
                "cable\(number).txt",
                TestCable.text(
                    post: "VALLETTA", number: number, dateTimeGroup: "011200Z MAY 08",
                    paragraphs: [
                        String(
                            repeating: "The ferry number \(number) left the harbour on time and returned late. ",
                            count: 20)
                    ]))
        }
        try fixture.index([fixture.folder])
        return fixture
    }

    private func expectError(_ path: String, access: Library.Access = .read, _ check: (LibraryError) -> Bool) {
        #expect {
            let library = try Library(path: path, access: access, waitSeconds: 0.2)
            _ = try library.list(.everything)
        } throws: { error in
            guard let error = error as? LibraryError else { return false }
            return check(error)
        }
    }

    @Test func aMissingLibraryIsNamedAsSuch() {
        let fixture = LibraryFixture()
        expectError(fixture.libraryPath) { if case .missing = $0 { true } else { false } }
    }

    @Test func aDirectoryInItsPlaceIsRefused() {
        let fixture = LibraryFixture()
        try? FileManager.default.createDirectory(atPath: fixture.libraryPath, withIntermediateDirectories: true)
        expectError(fixture.libraryPath) { if case .directory = $0 { true } else { false } }
        expectError(fixture.libraryPath, access: .write) { if case .directory = $0 { true } else { false } }
    }

    @Test func aFileThatIsNotSQLiteIsRefused() {
        let fixture = LibraryFixture()
        fixture.write("library.sqlite", "a plain text file that someone named like a library, long enough to read\n")
        expectError(fixture.libraryPath) { if case .notALibrary = $0 { true } else { false } }
        expectError(fixture.libraryPath, access: .write) { if case .notALibrary = $0 { true } else { false } }
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let fixture = LibraryFixture()
        try DatabaseQueue(path: fixture.libraryPath).write { try $0.execute(sql: "CREATE TABLE notes (text)") }
        expectError(fixture.libraryPath, access: .write) { $0.message.contains("another program") }
    }

    @Test func aTruncatedLibraryIsRefusedWithoutACrash() throws {
        let fixture = try indexed()
        let handle = try #require(FileHandle(forWritingAtPath: fixture.libraryPath))
        try handle.truncate(atOffset: 6000)
        try handle.close()
        expectError(fixture.libraryPath) { if case .notALibrary = $0 { true } else { false } }
    }

    @Test func aCorruptLibraryIsRefusedWithoutACrash() throws {
        let fixture = try indexed()
        let handle = try #require(FileHandle(forUpdatingAtPath: fixture.libraryPath))
        let size = try handle.seekToEnd()
        for page in stride(from: UInt64(4096), to: size, by: 8192) {
            try handle.seek(toOffset: page)
            handle.write(Data(repeating: 0xA5, count: 4096))
        }
        try handle.close()
        expectError(fixture.libraryPath) { error in
            if case .notALibrary = error { return true }
            if case .database = error { return true }
            return false
        }
    }

    @Test func aNewerSchemaIsRefusedAndAnOlderOneIsUpgradedOnlyByIndex() throws {
        let fixture = try indexed()
        try DatabaseQueue(path: fixture.libraryPath).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from the future')")
        }
        expectError(fixture.libraryPath, access: .write) { if case .newerSchema = $0 { true } else { false } }
        // NB: a library of an older build has applied fewer migrations than this build knows.
        let older = LibraryFixture()
        try DatabaseQueue(path: older.libraryPath).write {
            try $0.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        expectError(older.libraryPath) { if case .olderSchema = $0 { true } else { false } }
        #expect(try older.writable().count(.everything) == 0)
    }

    @Test func aLibraryOfTheFirstSchemaGainsTheQueryIndexesAndAnswersAsBefore() throws {
        let fixture = try indexed()
        let query = try LibraryQuery("ferry harbour")
        let expected = try fixture.readable().search(query, limit: 5)
        // NB: a file as the first schema left it: without the second migration's indexes or its record.
        try DatabaseQueue(path: fixture.libraryPath).write {
            try $0.execute(
                sql:
                    "DROP INDEX unit_owner; DROP INDEX cable_date_rank; DELETE FROM grdb_migrations WHERE identifier LIKE 'v2:%'"
            )
        }
        expectError(fixture.libraryPath) { if case .olderSchema = $0 { true } else { false } }
        _ = try fixture.writable()
        let indexes = try DatabaseQueue(path: fixture.libraryPath).read {
            try String.fetchAll(
                $0,
                sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('unit_owner', 'cable_date_rank')"
            )
        }
        #expect(Set(indexes) == ["unit_owner", "cable_date_rank"])
        #expect(expected.count == 5)
        #expect(try fixture.readable().search(query, limit: 5) == expected)
    }

    @Test func aReadOnlyLibraryAnswersQueriesButRefusesToIndex() throws {
        let fixture = try indexed()
        let library = try fixture.readable()
        #expect(try library.count(.everything) == 40)
        #expect {
            try LibraryIndexer(library: library, knowledge: LibraryFixture.knowledge).index([
                fixture.folder + "/cable1.txt"
            ])
        } throws: { error in
            if case .readOnly = error as? LibraryError { return true }
            return false
        }
    }

    @Test func aLockedLibraryIsWaitedForThenGivenUpClearly() throws {
        let fixture = try indexed()
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: fixture.libraryPath, configuration: configuration)
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }
        defer { try? other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }
        let waited = Flag()
        let started = Date()
        #expect {
            let library = try Library(path: fixture.libraryPath, access: .write, waitSeconds: 0.3) { waited.set() }
            fixture.write(
                "new.txt",
                TestCable.text(post: "GOZO", number: 1, dateTimeGroup: "011200Z MAY 08", paragraphs: ["A new one."]))
            _ = try LibraryIndexer(library: library, knowledge: LibraryFixture.knowledge).index([
                fixture.folder + "/new.txt"
            ])
        } throws: { error in
            if case .locked = error as? LibraryError { return true }
            return false
        }
        #expect(waited.isSet && Date().timeIntervalSince(started) >= 0.3)
    }

    @Test func aFullDiskRollsBackTheBatchAndLeavesTheLibraryWhole() throws {
        let fixture = try indexed()
        let library = try fixture.writable()
        let pages = try library.database.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 0
        try library.database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages + 8)") }
        for number in 41...400 {
            fixture.write(
                "more/cable\(number).txt",
                TestCable.text(
                    post: "GOZO", number: number, dateTimeGroup: "011200Z MAY 08",
                    paragraphs: [String(repeating: "A long paragraph about the ferry \(number). ", count: 40)]))
        }
        let paths = FileList.expand([fixture.folder + "/more"]).files
        #expect {
            _ = try LibraryIndexer(library: library, knowledge: LibraryFixture.knowledge).index(paths)
        } throws: { error in
            if case .diskFull = error as? LibraryError { return true }
            return false
        }
        let check = try fixture.readable()
        let integrity = try check.database.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
        let halfWritten = try check.database.read {
            try Int.fetchOne(
                $0,
                sql:
                    "SELECT count(*) FROM cable c WHERE c.units <> (SELECT count(*) - 1 FROM unit u WHERE u.cable = c.id)"
            )
        }
        #expect(halfWritten == 0)
        #expect(try check.count(.everything) == 40)
    }

    @Test func aHotJournalLeftByAKillIsRolledBackByTheNextReader() throws {
        let fixture = try indexed()
        let journal = fixture.libraryPath + "-journal"
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let killed = try DatabaseQueue(path: fixture.libraryPath, configuration: configuration)
        try killed.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = 1")
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "DELETE FROM unit")
        }
        // NB: a copy of the file and its journal as a kill leaves them: the transaction neither committed nor
        // rolled back.
        let copy = fixture.folder + "/copy.sqlite"
        try FileManager.default.copyItem(atPath: fixture.libraryPath, toPath: copy)
        if FileManager.default.fileExists(atPath: journal) {
            try FileManager.default.copyItem(atPath: journal, toPath: copy + "-journal")
        }
        try killed.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        let reader = try Library(path: copy)
        #expect(try reader.summary().units == 40)
        #expect(try reader.count(LibraryQuery("ferry")) == 40)
    }

    @Test func anInterruptedFileIsReadAgainByTheNextIndex() throws {
        let fixture = try indexed()
        let library = try fixture.writable()
        try library.database.write { try $0.execute(sql: "UPDATE file SET complete = 0 WHERE path LIKE '%cable7.txt'") }
        #expect(try library.summary().incompleteFiles == 1)
        let report = try fixture.index([fixture.folder])
        #expect(report.replacedFiles == 1 && report.cables == 1)
        #expect(try fixture.readable().summary().incompleteFiles == 0)
        #expect(try fixture.readable().count(.everything) == 40)
    }

    @Test func cablesOfOlderRulesAreDerivedAgainFromTheirText() throws {
        let fixture = try indexed()
        try fixture.writable().database.write { try $0.execute(sql: "UPDATE cable SET rules = 0, tags = 'OLD'") }
        #expect(try fixture.readable().summary().outOfDate == 40)
        let report = try fixture.index([fixture.folder])
        #expect(report.rederived == 40 && report.cables == 0)
        #expect(try fixture.readable().summary().outOfDate == 0)
        #expect(try fixture.readable().count(LibraryQuery("tag:PGOV")) == 40)
        #expect(try fixture.fullText(finding: "harbour") == (true, 40), "each cable's paragraph is in the index once")
    }

    /// Every other cable out of date, derived again in batches of three: each batch is written while the next is
    /// parsed, and the cursor passes the current cables between them.
    @Test func staleCablesAcrossManyBatchesAreEachDerivedAgainOnce() throws {
        let fixture = try indexed()
        try fixture.writable().database.write {
            try $0.execute(sql: "UPDATE cable SET rules = 0, tags = 'OLD' WHERE id % 2 = 0")
        }
        #expect(try fixture.readable().summary().outOfDate == 20)
        let indexer = LibraryIndexer(library: try fixture.writable(), knowledge: LibraryFixture.knowledge)
        indexer.rederivedBatchSize = 3
        let files = FileList.expand([fixture.folder]).files.map(FileList.absolute)
        let report = try indexer.index(files)
        #expect(report.rederived == 20 && report.cables == 0)
        #expect(try fixture.readable().summary().outOfDate == 0)
        #expect(try fixture.readable().count(LibraryQuery("tag:PGOV")) == 40)
        #expect(try fixture.fullText(finding: "harbour") == (true, 40), "each cable's paragraph is in the index once")
    }
}

/// A flag set from another thread.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
