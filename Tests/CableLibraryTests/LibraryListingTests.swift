import GRDB
import Testing

@testable import CableLibrary

/// A list held by its keys: the same cables in the same order as the query's own pages, whatever the sort, with the
/// hit counts a page would ask for; and the default order read from an index, not sorted at each opening.
struct LibraryListingTests {
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
                let keys = try library.listing(.everything, sort: sort, descending: descending).map(\.key)
                #expect(listed.count == 6)
                #expect(keys == listed.map(\.key), "\(sort) \(descending)")
                #expect(try library.summaries(keys.reversed()) == listed.reversed())
            }
        }
        let quito = try LibraryQuery("origin:QUITO")
        #expect(try library.listing(quito) == library.list(quito).map { ListedCable(key: $0.key, hits: nil) })
        let chosen = try #require(try library.list(quito).first)
        #expect(try library.keys(ofCableID: chosen.id) == [chosen.key])
        #expect(try library.keys(ofCableID: "99NOWHERE1").isEmpty)
        #expect(try library.summaries([Int64]()).isEmpty)
        _ = fixture
    }

    @Test func aListWithWordsCarriesTheHitCountsOfEachCable() throws {
        let (fixture, library) = try library()
        for text in ["harbour", "origin:LIMA quay", "ferries -spring", "\"second quay\"", "nowhere"] {
            let query = try LibraryQuery(text)
            let listed = try library.listing(query, sort: .subject)
            #expect(try listed.map(\.key) == library.list(query, sort: .subject).map(\.key), "\(text)")
            let counts = try library.hitCounts(query, cables: listed.map(\.key))
            #expect(listed.allSatisfy { $0.hits != nil && $0.hits == counts[$0.key] }, "\(text)")
        }
        #expect(try library.listing(LibraryQuery("harbour")).count == 6)
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
