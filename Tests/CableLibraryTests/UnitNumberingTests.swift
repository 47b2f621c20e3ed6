import GRDB
import Testing

@testable import CableLibrary

@Suite("Library: units numbered by their cable's day")
struct UnitNumberingTests {
    /// Cables from two posts over several days, written in an order that is not the dates' (so that older cables
    /// arrive after newer ones), each with two paragraphs that share the word `ferry`; two are undated.
    private static func library() throws -> (LibraryFixture, Library) {
        let fixture = LibraryFixture()
        let days = ["05", "01", "28", "05", "17", "01", "09", "17", "28", "12"]
        for (number, day) in days.enumerated() {
            fixture.write(
                "cable\(number).txt",
                TestCable.text(
                    post: number.isMultiple(of: 2) ? "VALLETTA" : "NICOSIA", number: number + 1,
                    dateTimeGroup: "\(day)1200Z \(number < 5 ? "MAY" : "JUN") 08",
                    tags: number.isMultiple(of: 3) ? "PGOV KTIP" : "PGOV",
                    paragraphs: [
                        "The ferry number \(number) left the harbour on time and came back late in the evening.",
                        "Its crew asked for a new ferry, as the old one was slow.",
                    ]))
        }
        for number in 20...21 {
            fixture.write("undated\(number).txt", "The ferry \(number) report, without a header, names no date.\n")
        }
        try fixture.index([fixture.folder])
        return (fixture, try fixture.readable())
    }

    @Test func aDaysNumbersGrowWithItsDateAndTheUndatedComeFirst() {
        let dates = ["1966-12-28", "2009-01-01", "2009-01-02", "2009-02-28", "2009-02-30", "2009-03-01", "2009-12-32"]
        let firsts = (dates + ["2010-01-01"]).map(UnitNumbering.firstNumber(ofDate:))
        #expect(firsts.allSatisfy { $0 != nil })
        #expect(zip(firsts, firsts.dropFirst()).allSatisfy { $0! < $1! }, "in the order of the ISO text")
        #expect(firsts.allSatisfy { $0! >= UnitNumbering.undated.upperBound })
        #expect(UnitNumbering.firstNumber(ofDate: nil) == nil && UnitNumbering.firstNumber(ofDate: "2009/01/01") == nil)
        #expect(UnitNumbering.range(ofDate: nil) == UnitNumbering.undated)
        let day = UnitNumbering.range(ofDate: "2010-02-10T12:22:00Z")
        #expect(day.count == Int(UnitNumbering.dayWidth))
        #expect(day.lowerBound == UnitNumbering.firstNumber(ofDate: "2010-02-10"))
        #expect(UnitNumbering.firstNumber(ofDayOf: day.upperBound - 1) == day.lowerBound)
        #expect(UnitNumbering.firstNumber(ofDayOf: 12) == UnitNumbering.undated.lowerBound)
    }

    @Test func everyUnitIsNumberedWithinItsCablesDay() throws {
        let (fixture, library) = try UnitNumberingTests.library()
        let rows = try library.reading { db in
            try Row.fetchAll(db, sql: "SELECT u.number, c.date FROM unit u JOIN cable c ON c.id = u.cable")
        }
        #expect(rows.count == 10 * 3 + 2 * 2)
        for row in rows {
            let (id, date): (Int64, String?) = (row[0], row[1])
            #expect(UnitNumbering.range(ofDate: date).contains(id), "\(id) \(date ?? "undated")")
        }
        let fullText = try library.reading { try Int.fetchOne($0, sql: "SELECT count(*) FROM unit_fts") }
        #expect(fullText == rows.count)
        _ = fixture
    }

    @Test func aNewestFirstPageIsItsSliceOfEveryMatchSorted() throws {
        let (fixture, library) = try UnitNumberingTests.library()
        for text in ["ferry", "tag:KTIP ferry", "date:2008-05-05..2008-06-09 ferry", "ferr* -crew", "date:2008 ferry"] {
            let query = try LibraryQuery(text)
            let whole = try library.search(query, limit: 1_000, ranking: 0).map { "\($0.cableID)/\($0.unitID)" }
            #expect(whole.count > 4, "\(text)")
            #expect(try Set(whole) == Set(library.search(query, limit: 1_000).map { "\($0.cableID)/\($0.unitID)" }))
            for limit in [1, 3, 7] {
                for offset in 0...whole.count {
                    let page = try library.search(query, offset: offset, limit: limit, ranking: 0)
                    let expected = whole[min(offset, whole.count)..<min(offset + limit, whole.count)]
                    #expect(page.map { "\($0.cableID)/\($0.unitID)" } == Array(expected), "\(text) \(offset) \(limit)")
                }
            }
        }
        let dates = try library.search(LibraryQuery("ferry"), limit: 1_000, ranking: 0).map(\.key).map { key in
            try library.reading {
                try String?.fetchOne($0, sql: "SELECT date FROM cable WHERE id = ?", arguments: [key]) ?? nil
            }
        }
        #expect(dates.compactMap { $0 } == dates.compactMap { $0 }.sorted(by: >), "newest first")
        let firstUndated = try #require(dates.firstIndex { $0 == nil })
        #expect(dates[firstUndated...].allSatisfy { $0 == nil } && dates.count - firstUndated == 2, "the undated last")
        _ = fixture
    }

    @Test func aLibraryOfTheThirdSchemaIsNumberedByDayAndAnswersAsBefore() throws {
        let (fixture, library) = try UnitNumberingTests.library()
        let queries = try ["ferry", "tag:KTIP ferry", "date:2008-06 ferry"].map(LibraryQuery.init)
        let before = try queries.map { try library.search($0, limit: 100, ranking: 0) }
        // NB: the file as the third schema left it: units without numbers, the full-text index on their row ids
        // with GRDB's triggers, names in a table with an index, and no record of the fourth migration or after.
        try DatabaseQueue(path: fixture.libraryPath).write { db in
            try db.execute(
                sql: """
                    DROP TABLE unit_vocabulary; DROP TABLE unit_fts;
                    DROP TRIGGER unit_fts_delete; DROP TRIGGER unit_fts_update;
                    DROP INDEX unit_owner; ALTER TABLE unit DROP COLUMN number;
                    CREATE INDEX unit_owner ON unit(id, cable, position);
                    CREATE TABLE entity_name_rows (
                        cable INTEGER NOT NULL REFERENCES cable(id) ON DELETE CASCADE, name TEXT NOT NULL COLLATE NOCASE);
                    INSERT INTO entity_name_rows SELECT cable, name FROM entity_name;
                    DROP TABLE entity_name; ALTER TABLE entity_name_rows RENAME TO entity_name;
                    CREATE INDEX entity_name_name ON entity_name(name, cable);
                    CREATE INDEX entity_name_cable ON entity_name(cable);
                    DELETE FROM grdb_migrations WHERE identifier LIKE 'v4:%' OR identifier LIKE 'v5:%';
                    """)
            try db.create(virtualTable: "unit_fts", using: FTS5()) { table in
                table.synchronize(withTable: "unit")
                table.tokenizer = .unicode61(diacritics: .remove)
                table.column("heading")
                table.column("text")
            }
            try db.execute(sql: "CREATE VIRTUAL TABLE unit_vocabulary USING fts5vocab(unit_fts, row)")
        }
        expectOlder(fixture.libraryPath)
        _ = try fixture.writable()
        let migrated = try fixture.readable()
        let rows = try migrated.reading { db in
            try Row.fetchAll(db, sql: "SELECT u.number, c.date FROM unit u JOIN cable c ON c.id = u.cable")
        }
        #expect(rows.count == 34)
        #expect(rows.allSatisfy { UnitNumbering.range(ofDate: $0[1]).contains($0[0] as Int64) })
        for (query, hits) in zip(queries, before) {
            let after = try migrated.search(query, limit: 100, ranking: 0)
            #expect(
                after.map { "\($0.key)/\($0.unitID)/\($0.snippet)" }
                    == hits.map { "\($0.key)/\($0.unitID)/\($0.snippet)" })
        }
        let vocabulary = try migrated.reading {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM unit_vocabulary WHERE term = 'ferry'")
        }
        #expect(vocabulary == 1)
        let names = try migrated.reading {
            try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'entity_name'")
        }
        #expect(names?.hasSuffix("WITHOUT ROWID") == true, "names are kept in their key alone")
    }

    @Test func aDayWithNoRoomAboveTakesNumbersBelowThenAmongTheUndated() throws {
        let (fixture, library) = try UnitNumberingTests.library()
        let date = "2008-05-28T12:00:00Z"
        let day = UnitNumbering.range(ofDate: date)
        let writable = try fixture.writable()
        try writable.writing { db in
            // NB: the day's units moved to its last numbers, so that no number is free above them.
            let numbers = try Int64.fetchAll(
                db, sql: "SELECT number FROM unit WHERE number >= ? AND number < ? ORDER BY number DESC",
                arguments: [day.lowerBound, day.upperBound])
            for (offset, number) in numbers.enumerated() {
                try db.execute(
                    sql: "UPDATE unit SET number = ? WHERE number = ?",
                    arguments: [day.upperBound - 1 - Int64(offset), number])
            }
            let lowest = day.upperBound - Int64(numbers.count)
            #expect(try UnitNumbering.allocate(3, forDate: date, db: db) == lowest - 3)
            try db.execute(sql: "UPDATE unit SET number = ? WHERE number = ?", arguments: [day.lowerBound, lowest])
            let undated = try UnitNumbering.allocate(3, forDate: date, db: db)
            #expect(UnitNumbering.undated.contains(undated))
            #expect(try UnitNumbering.allocate(3, forDate: nil, db: db) == undated)
        }
        _ = library
    }

    private func expectOlder(_ path: String) {
        #expect {
            _ = try Library(path: path)
        } throws: { error in
            if case .olderSchema = error as? LibraryError { return true }
            return false
        }
    }
}
