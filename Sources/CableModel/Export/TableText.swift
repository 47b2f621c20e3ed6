/// Writes a statistics table as text: aligned columns that fit a width, or RFC 4180 CSV.
public enum TableText {
    /// The narrowest a column is squeezed to before the table is allowed to overflow.
    static let minimumColumnWidth = 4

    /// The table as aligned plain text, its title first; cells are cut with `…` so that lines fit `width`
    /// (no limit when nil).
    public static func plain(_ table: StatisticsTable, width: Int?) -> String {
        var lines = [table.title]
        guard !table.isEmpty else { return (lines + [table.emptyMessage]).joined(separator: "\n") + "\n" }
        let widths = columnWidths(table, fitting: width)
        lines.append(line(table.columns, widths))
        for row in table.rows { lines.append(line(row.map(\.text), widths)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as CSV (RFC 4180): a header row, CRLF line ends, fields quoted where they must be.
    public static func csv(_ table: StatisticsTable) -> String {
        var output = table.columns.map(csvField).joined(separator: ",") + "\r\n"
        for row in table.rows { output += row.map { csvField($0.text) }.joined(separator: ",") + "\r\n" }
        return output
    }

    /// A CSV field: quoted (with inner quotes doubled) when it holds a comma, a quote or a line break.
    public static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Column widths: each column's widest cell, squeezed from the widest column down until the line fits.
    static func columnWidths(_ table: StatisticsTable, fitting width: Int?) -> [Int] {
        var widths = table.columns.indices.map { column in
            max(table.columns[column].count, table.rows.map { $0[column].text.count }.max() ?? 0)
        }
        guard let width else { return widths }
        let separators = 2 * max(0, widths.count - 1)
        // NB: narrowing the widest column one step at a time shares the cuts among the widest columns.
        while widths.reduce(0, +) + separators > width {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > minimumColumnWidth
            else { break }
            widths[widest] -= 1
        }
        return widths
    }

    private static func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (column, cell) in cells.enumerated() {
            let flat = cell.replacingAll("\n", with: " ")
            let fitted = flat.count > widths[column] ? String(flat.prefix(max(0, widths[column] - 1))) + "…" : flat
            let isLast = column == cells.count - 1
            parts.append(isLast ? fitted : fitted + String(repeating: " ", count: widths[column] - fitted.count))
        }
        // NB: empty cells at the end of a row would leave trailing spaces in a pipe.
        var line = parts.joined(separator: "  ")
        while line.last == " " { line.removeLast() }
        return line
    }
}
