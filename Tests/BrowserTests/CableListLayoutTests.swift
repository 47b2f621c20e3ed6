import Testing

@testable import Browser

/// The cable list's columns: the fixed ones as wide as their rows need, the subject in the rest of the width.
struct CableListLayoutTests {
    static let row = CableListRow(
        key: 1, id: "07SOMEPOST1234", date: "2007-05-06", origin: "SOME POST", classification: "CONFIDENTIAL",
        subject: "A SUBJECT LONG ENOUGH TO TAKE WHATEVER WIDTH IS LEFT FOR IT")

    @Test func atEightyColumnsTheSubjectTakesTheWidthLeft() throws {
        let layout = CableListLayout(width: 80, rows: [Self.row])
        let subject = try #require(layout.places.last)
        #expect(subject.column == .subject)
        #expect(subject.x + subject.width == 80)
        #expect(subject.width >= 28)
        let id = try #require(layout.places.first { $0.column == .id })
        #expect(id.width == Self.row.id.count)
    }

    @Test func aFixedColumnNeverGrowsPastItsCap() throws {
        let long = CableListRow(
            key: 2, id: "07SOMEPOST1234", date: "2007-05-06", origin: "A POST WITH A VERY LONG NAME INDEED",
            classification: "", subject: "")
        let origin = try #require(CableListLayout(width: 80, rows: [long]).places.first { $0.column == .origin })
        #expect(origin.width == CableListLayout.caps[.origin])
    }

    @Test func aHitCountColumnComesBeforeTheSubjectWhenRowsHaveHits() {
        let hit = CableListRow(
            key: 3, id: "07SOMEPOST1234", date: "2007-05-06", origin: "X", classification: "", subject: "S", hits: 4)
        let places = CableListLayout(width: 120, rows: [hit]).places
        #expect(places.map(\.column).suffix(2) == [nil, .subject])
        #expect(CableListLayout(width: 120, rows: [Self.row]).places.allSatisfy { $0.column != nil })
    }

    @Test func theSortedColumnHasRoomForItsHeadingsArrow() throws {
        let undated = CableListRow(
            key: 4, id: "07SOMEPOST1234", date: "", origin: "X", classification: "", subject: "S")
        for order in [CableListOrder(.date), CableListOrder(.origin, descending: true)] {
            let layout = CableListLayout(width: 120, rows: [undated], order: order)
            let sorted = try #require(layout.places.first { $0.column == order.column })
            #expect(sorted.width == CableListLayout.heading(order.column, order: order).count)
        }
        let unsorted = try #require(CableListLayout(width: 120, rows: [undated]).places.first { $0.column == .origin })
        #expect(unsorted.width == CableListColumn.origin.heading.count)
    }

    @Test func aClickFindsTheColumnUnderIt() throws {
        let layout = CableListLayout(width: 120, rows: [Self.row])
        let origin = try #require(layout.places.first { $0.column == .origin })
        #expect(layout.column(at: origin.x) == .origin)
        #expect(layout.column(at: origin.x + origin.width - 1) == .origin)
        #expect(layout.column(at: 0) == .date)
        #expect(layout.column(at: 119) == .subject)
    }
}
