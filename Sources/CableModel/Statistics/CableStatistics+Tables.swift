extension CableStatistics {
    /// Every table in order: figures, law enforcement, penalties, victims.
    public var tables: [StatisticsTable] {
        [FigureTable.table(self)]
    }
}
