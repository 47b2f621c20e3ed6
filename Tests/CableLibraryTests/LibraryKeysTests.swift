import GRDB
import Testing

@testable import CableLibrary

/// A list held by its keys: the same cables in the same order as the query's own pages, whatever the sort; and the
/// default order read from an index, not sorted at each opening.
struct LibraryKeysTests {
    /// Six cables of three posts over three years, one file each.
    private func library() throws -> (LibraryFixture, Library) {
        let fixture = LibraryFixture()
        let sent = [("LIMA", "011200Z MAY 08"), ("QUITO", "021200Z MAR 09"), ("BOGOTA", "151200Z JAN 07")]
        for (number, (post, group)) in (sent + sent).enumerated() {
            fixture.write(
                "\(post)\(number).txt",
                TestCable.text(
                    post: post, number: number + 1, dateTimeGroup: group,
                    classification: number % 2 == 0 ? "UNCLAS" : "CONFIDENTIAL",
                    subject: "A SUBJECT NUMBERED \(6 - number)",
                    paragraphs: ["The harbour opened its second quay to ferries in the spring of that year."]))
        }
        try fixture.index([fixture.folder])
        return (fixture, try fixture.readable())
    }

    @Test func keysAndSummariesGiveTheQuerysListInOrder() throws {
        let (fixture, library) = try library()
        for sort in ListSort.allCases {
            for descending in [false, true] {
                let listed = try library.list(.everything, sort: sort, descending: descending)
                let keys = try library.keys(.everything, sort: sort, descending: descending)
                #expect(listed.count == 6)
                #expect(keys == listed.map(\.key), "\(sort) \(descending)")
                #expect(try library.summaries(keys.reversed()) == listed.reversed())
            }
        }
        let quito = try LibraryQuery("origin:QUITO")
        #expect(try library.keys(quito) == library.list(quito).map(\.key))
        let chosen = try #require(try library.list(quito).first)
        #expect(try library.keys(ofCableID: chosen.id) == [chosen.key])
        #expect(try library.keys(ofCableID: "99NOWHERE1").isEmpty)
        #expect(try library.summaries([Int64]()).isEmpty)
        _ = fixture
    }

    @Test func theDefaultOrderIsReadFromAnIndexBothWays() throws {
        let (fixture, library) = try library()
        for order in [ListSort.date.sql, ListSort.date.descendingSQL] {
            let plan = try library.reading { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT c.id FROM cable c ORDER BY \(order)")
                    .map { $0["detail"] as String }
            }
            #expect(!plan.joined().contains("TEMP B-TREE"), "\(order): \(plan)")
        }
        _ = fixture
    }
}
