import CableModel

/// The small bar chart of a pivot row, as htop draws its meters: one block (▁ to █) per year of the row's
/// country, as high as that year's count of the selected column against the country's largest; `·` for a year
/// without one. Only a country with counts in several years has one.
enum PivotTrend {
    /// The blocks from lowest to highest.
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The chart of `row`'s country among `rows` for `column`, with the position of `row`'s own block; nil when the
    /// country has a count in fewer than two years.
    static func chart(of row: ReportPivot.Row, among rows: [ReportPivot.Row], column: ReportPivot.Column)
        -> (text: String, own: Int)?
    {
        let years = rows.filter { $0.country == row.country }
        let values = years.map { $0.cells[column]?.value }
        guard values.compactMap(\.self).count > 1, let own = years.firstIndex(of: row) else { return nil }
        let largest = values.compactMap(\.self).max() ?? 0
        let text = String(
            values.map { value -> Character in
                guard let value else { return "·" }
                let level = largest > 0 ? Int((value / largest * Double(blocks.count - 1)).rounded()) : 0
                return blocks[max(0, min(blocks.count - 1, level))]
            })
        return (text, own)
    }
}
