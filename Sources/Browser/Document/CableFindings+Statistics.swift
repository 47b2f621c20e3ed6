import CableModel

extension CableFindings {
    /// The statistics tables as the pane shows them; each row leads to the first figure it shows.
    static func tables(_ statistics: CableStatistics, cable: Cable) -> [DataTable] {
        statistics.tables.map { table in
            let sources = table.rows.map { row -> FieldSpan? in
                guard let id = row.lazy.flatMap(\.figures).first, let figure = statistics.figure(id: id),
                    let unit = cable.position(of: figure.unitID)
                else { return nil }
                return FieldSpan(unit: unit, field: figure.field, range: figure.range)
            }
            return DataTable(
                title: table.title, columns: table.columns, rows: table.rows.map { $0.map(\.text) },
                sources: sources, emptyMessage: table.emptyMessage)
        }
    }
}
