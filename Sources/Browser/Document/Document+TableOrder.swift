extension Document {
    /// The display order of a statistics table's rows, sorted once per table, column and direction.
    func tableOrder(table position: Int, of table: DataTable, column: Int?, descending: Bool) -> [Int] {
        let key = TableOrderKey(table: position, column: column, descending: descending)
        if let order = tableOrders[key] { return order }
        let order = table.order(sortedBy: column, descending: descending)
        tableOrders[key] = order
        return order
    }
}

/// A sort of one statistics table.
struct TableOrderKey: Hashable {
    let table: Int
    let column: Int?
    let descending: Bool
}

extension Document {
    /// Each column's widest cell (or heading, with room for the sort mark), measured once per table.
    func naturalWidths(ofTable position: Int) -> [Int] {
        if let widths = tableWidths[position] { return widths }
        let table = findings.tables[position]
        let widths = table.columns.indices.map { column in
            max(
                displayWidth.width(of: table.columns[column]) + 2,
                table.rows.map { displayWidth.width(of: $0[column]) }.max() ?? 0)
        }
        tableWidths[position] = widths
        return widths
    }

    /// The statistics table at a position, if the cable has one there.
    func table(at position: Int) -> DataTable? {
        findings.tables.indices.contains(position) ? findings.tables[position] : nil
    }

    /// The rows of the table `statistics` shows, in display order (sorted as asked).
    func order(of statistics: StatisticsState) -> [Int] {
        guard let table = table(at: statistics.table) else { return [] }
        let state = statistics.current
        let order = tableOrder(
            table: statistics.table, of: table, column: state.sortColumn, descending: state.descending)
        guard !state.filter.isEmpty else { return order }
        let filter = QueryHighlighter(query: state.filter)
        return order.filter { row in filter.holdsEveryWord(of: table.rows[row].joined(separator: " ")) }
    }
}
