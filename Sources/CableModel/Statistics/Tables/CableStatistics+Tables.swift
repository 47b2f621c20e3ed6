extension CableStatistics {
    /// Every table in order: figures, law enforcement, penalties, victims.
    public var tables: [StatisticsTable] {
        [FigureTable.table(self), enforcement.table(self), penalties.table(self), victims.table(self)]
    }

    /// The table with this name (`figures`, `enforcement`, `penalties`, `victims`).
    public func table(named name: String) -> StatisticsTable? { tables.first { $0.name == name } }
}
