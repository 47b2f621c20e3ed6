import Browser
import CableModel

/// A small fixed library of made-up trafficking reports for the pivot: three countries, one to three yearly
/// reports each, whose one paragraph says what was investigated, prosecuted, convicted and identified in the year
/// before. A filter keeps the rows whose subject holds its words.
final class PivotListFake: CableListSource {
    /// A made-up report: the post, the year it was sent, and its counts for the year before.
    struct Report {
        let post: String
        let country: String
        let sent: Int
        let counts: (investigated: Int, prosecuted: Int, convicted: Int, victims: Int)

        /// The year as two digits, as dates and ids write it.
        var shortYear: String { String(String(sent).suffix(2)) }

        var id: String { "\(shortYear)\(post)\(sent % 100 + 10)" }

        /// The cable's text: the counts in sentences of the forms the reports use, dated by the first.
        var text: String {
            """
            O 101200Z MAR \(shortYear)
            FM AMEMBASSY \(post)
            TO SECSTATE WASHDC
            UNCLAS \(post) 0000\(sent % 100 + 10)
            TAGS: KTIP PGOV
            SUBJECT: \(sent) TRAFFICKING IN PERSONS REPORT FOR \(country.uppercased())

            1. (U) Embassy \(post.capitalized) submits its report.

            2. (U) In \(sent - 1) police opened \(counts.investigated) cases of trafficking. Prosecutors \
            prosecuted \(counts.prosecuted) cases and the courts convicted \(counts.convicted) traffickers. \
            The police identified \(counts.victims) victims in \(sent - 1).
            """
        }
    }

    /// The reports, by date.
    static let reports = [
        Report(post: "REYKJAVIK", country: "Iceland", sent: 2008, counts: (3, 1, 1, 2)),
        Report(post: "SANJOSE", country: "Costa Rica", sent: 2008, counts: (40, 12, 6, 30)),
        Report(post: "REYKJAVIK", country: "Iceland", sent: 2009, counts: (6, 2, 1, 4)),
        Report(post: "SANJOSE", country: "Costa Rica", sent: 2009, counts: (25, 9, 8, 51)),
        Report(post: "REYKJAVIK", country: "Iceland", sent: 2010, counts: (9, 5, 3, 7)),
        Report(post: "KUALALUMPUR", country: "Malaysia", sent: 2010, counts: (120, 70, 19, 600)),
    ]

    let kept: [Report]
    private let filterWords: String

    init(kept: [Report] = PivotListFake.reports, words: String = "") {
        self.kept = kept
        filterWords = words
    }

    var count: Int { kept.count }
    var words: String { filterWords }

    func rows(_ positions: Range<Int>) throws(CableListError) -> [CableListRow] {
        positions.map { position in
            let report = kept[position]
            return CableListRow(
                key: Int64(position + 1), id: report.id, date: "\(report.sent)-03-10", origin: report.post,
                classification: "UNCLASSIFIED", subject: "\(report.sent) TIP REPORT FOR \(report.country.uppercased())")
        }
    }

    /// The reports whose country holds every word of `query` (the order is left as it is).
    func answer(_ query: String, order: CableListOrder) throws(CableListError) -> any CableListSource {
        let words = query.uppercased().split(separator: " ").map(String.init)
        return PivotListFake(
            kept: kept.filter { report in words.allSatisfy { report.country.uppercased().contains($0) } })
    }

    func position(of id: String) throws(CableListError) -> Int? { kept.firstIndex { $0.id == id } }

    func cable(_ row: CableListRow) throws(CableListError) -> Cable {
        guard let report = kept.first(where: { $0.id == row.id }),
            let cable = try? CableLoader.loadFirst(Array(report.text.utf8), knowledge: Fixtures.knowledge)
        else { throw CableListError("no such cable") }
        return cable
    }
}

extension LibraryBrowser {
    /// A library browser on the made-up reports.
    static func pivotFake(_ width: Int = 80, _ height: Int = 24) -> LibraryBrowser {
        LibraryBrowser(
            source: PivotListFake(), title: "Library  test", size: Size(width: width, height: height),
            knowledge: Fixtures.knowledge)
    }

    /// Tab to the pivot, and its reading run in place, as the event loop runs it off the key loop.
    mutating func showPivot() {
        press(.tab)
        answerPivotRequest()
    }
}
