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
            try Row.fetchAll(db, sql: "SELECT u.id, c.date FROM unit u JOIN cable c ON c.id = u.cable")
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
        // NB: the units as the third schema numbered them, in the order they were written, without the fourth
        // migration's record.
        try DatabaseQueue(path: fixture.libraryPath).write { db in
            try db.execute(
                sql: """
                    CREATE TEMP TABLE written AS SELECT id AS old, row_number() OVER (ORDER BY cable, position) AS new
                        FROM unit;
                    UPDATE unit SET id = -id;
                    UPDATE unit SET id = (SELECT new FROM written WHERE old = -unit.id);
                    DELETE FROM grdb_migrations WHERE identifier LIKE 'v4:%';
                    """)
        }
        expectOlder(fixture.libraryPath)
        _ = try fixture.writable()
        let migrated = try fixture.readable()
        let rows = try migrated.reading { db in
            try Row.fetchAll(db, sql: "SELECT u.id, c.date FROM unit u JOIN cable c ON c.id = u.cable")
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
    }

    @Test func aDayWithNoRoomAboveTakesNumbersBelowThenAmongTheUndated() throws {
        let (fixture, library) = try UnitNumberingTests.library()
        let date = "2008-05-28T12:00:00Z"
        let day = UnitNumbering.range(ofDate: date)
        let writable = try fixture.writable()
        try writable.writing { db in
            // NB: the day's units moved to its last numbers, so that no number is free above them.
            let ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM unit WHERE id >= ? AND id < ? ORDER BY id DESC",
                arguments: [day.lowerBound, day.upperBound])
            for (offset, id) in ids.enumerated() {
                try db.execute(
                    sql: "UPDATE unit SET id = ? WHERE id = ?", arguments: [day.upperBound - 1 - Int64(offset), id])
            }
            let lowest = day.upperBound - Int64(ids.count)
            #expect(try UnitNumbering.allocate(3, forDate: date, db: db) == lowest - 3)
            try db.execute(sql: "UPDATE unit SET id = ? WHERE id = ?", arguments: [day.lowerBound, lowest])
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
