import CableModel

/// Where the pivot pane's columns stand at a width: the country, the year, the four counts (full headings when
/// they fit, short ones on a narrow terminal), the trend of the selected count over the country's years, and the
/// cables the row comes from when there is room left.
struct PivotLayout {
    /// A column's place: where it starts and how wide it is.
    struct Place: Hashable {
        let x: Int
        let width: Int
    }

    /// The columns' headings when there is room for them.
    static let headings = ["Investigated", "Prosecuted", "Convicted", "Victims identified"]
    /// The headings on a narrow terminal.
    static let shortHeadings = ["Invest.", "Prosec.", "Convict.", "Victims"]
    /// The gap between two columns.
    static let gap = 2

    let country: Place
    let year: Place
    /// The four counts, in `ReportPivot.Column.allCases` order.
    let counts: [Place]
    /// Their headings, full or short.
    let countHeadings: [String]
    /// The trend of the selected count, when some country has several years.
    let trend: Place?
    /// The cables, when there is room.
    let cables: Place?

    /// The layout of `rows` in `width` columns.
    init(width: Int, rows: [ReportPivot.Row]) {
        let countryWidth = min(20, max(7, rows.map { ($0.country ?? PivotLayout.unknownCountry).count }.max() ?? 0))
        country = Place(x: 1, width: countryWidth)
        year = Place(x: country.x + countryWidth + Self.gap, width: 4)
        let trendWidth = PivotLayout.trendWidth(rows)
        let values = ReportPivot.Column.allCases.map { column in
            rows.compactMap { $0.cells[column].map { PivotLayout.text(of: $0.value) } }.map(\.count).max() ?? 0
        }
        let long = zip(Self.headings, values).map { max($0.count, $1) + Self.gap }.reduce(0, +)
        var x = year.x + year.width + Self.gap
        // NB: the trend matters more than the full headings, so these shorten first on a narrow terminal.
        countHeadings = x + long + trendWidth <= width ? Self.headings : Self.shortHeadings
        var counts: [Place] = []
        for (heading, value) in zip(countHeadings, values) {
            counts.append(Place(x: x, width: max(heading.count, value)))
            x += max(heading.count, value) + Self.gap
        }
        self.counts = counts
        trend = trendWidth > 0 && x + trendWidth <= width ? Place(x: x, width: trendWidth) : nil
        x += trend.map { $0.width + Self.gap } ?? 0
        cables = width - x >= 13 ? Place(x: x, width: width - x - 1) : nil
    }

    /// How a country the cables do not name shows.
    static let unknownCountry = "(unknown)"

    /// The width of the trend column: one block per year of the country with the most, at least its heading's.
    static func trendWidth(_ rows: [ReportPivot.Row]) -> Int {
        let years = Dictionary(grouping: rows, by: { $0.country ?? "" }).values.map(\.count).max() ?? 0
        return years > 1 ? max(5, years) : 0
    }

    /// A count as the pane writes it: whole numbers grouped (`1,295`), others with one decimal.
    static func text(of value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? Count.grouped(Int(value)) : Count.decimal(value)
    }

    /// The count column under column `x`, if any.
    func column(at x: Int) -> Int? {
        counts.firstIndex { x >= $0.x && x < $0.x + $0.width + Self.gap }
    }
}
