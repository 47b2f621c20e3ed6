/// A table as the statistics pane shows it: titled columns, rows of text, and for each row the place in the text
/// that Enter shows (a figure's words in its sentence).
public struct DataTable: Sendable {
    /// The title above it (`Law enforcement`).
    public let title: String
    /// The column headings.
    public let columns: [String]
    /// The rows, one text per column.
    public let rows: [[String]]
    /// For each row, where in the cable it comes from.
    public let sources: [FieldSpan?]
    /// What to say when there are no rows.
    public let emptyMessage: String
    /// Whether each column holds numbers (right-aligned, sorted by value).
    public let isNumeric: [Bool]

    /// Creates a table.
    public init(title: String, columns: [String], rows: [[String]], sources: [FieldSpan?], emptyMessage: String) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.sources = sources
        self.emptyMessage = emptyMessage
        isNumeric = columns.indices.map { column in
            let values = rows.map { $0[column] }.filter { !$0.isEmpty }
            return !values.isEmpty
                && values.allSatisfy { cell in
                    cell.unicodeScalars.first.map { ("0"..."9").contains($0) || $0 == "#" } ?? false
                }
        }
    }

    /// The order of the rows sorted by a column (stable; empty cells last), reversed when `descending`.
    public func order(sortedBy column: Int?, descending: Bool) -> [Int] {
        var order = Array(rows.indices)
        if let column, column < columns.count {
            let keys = rows.map { SortKey($0[column]) }
            order.sort { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
        }
        return descending ? order.reversed() : order
    }
}

/// How a cell sorts: numbers by value (`#12`, `250–300`, `at least 20`, `USD 1,500`), then text without regard to
/// case, then empty cells.
struct SortKey: Comparable {
    let rank: Int
    let number: Double
    let text: String

    init(_ cell: String) {
        if cell.isEmpty {
            (rank, number, text) = (2, 0, "")
        } else if let value = SortKey.number(in: cell) {
            (rank, number, text) = (0, value, cell.lowercased())
        } else {
            (rank, number, text) = (1, 0, cell.lowercased())
        }
    }

    static func < (lhs: SortKey, rhs: SortKey) -> Bool {
        (lhs.rank, lhs.number, lhs.text) < (rhs.rank, rhs.number, rhs.text)
    }

    /// The first number written in a cell that starts with a number (after `#`, a currency or a qualifier), or nil.
    static func number(in cell: String) -> Double? {
        var digits = ""
        var started = false
        for scalar in cell.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                started = true
            } else if started, scalar == "," {
                continue
            } else if started, scalar == ".", !digits.contains(".") {
                digits.append(".")
            } else if started {
                break
            } else if !(scalar == "#" || scalar == " " || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar))
            {
                return nil
            }
        }
        return started ? Double(digits) : nil
    }
}
