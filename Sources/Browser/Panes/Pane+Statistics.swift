extension Pane {
    /// The statistics: the figures and the tables derived from them; Enter shows a figure's sentence.
    static let statistics = Pane(
        id: .statistics, title: "Statistics", helpTitle: "Statistics (pane 2)", tab: 2,
        detail: { StatisticsPane.detail($0.statistics, document: $0.document) },
        draw: { state, rect, screen in
            StatisticsPane.draw(state.statistics, context: PaneContext(.statistics, of: state), in: rect, into: &screen)
        },
        move: { state, motion in state.moveStatisticsSelection(motion) },
        click: { state, row, column in state.clickStatistics(row: row, column: column) },
        open: { state in state.openFigure() },
        filter: PaneFilter(
            text: { $0.statistics.current.filter },
            set: { state, text in
                state.statistics.current.filter = text
                state.statistics.current.selection = 0
                state.statistics.current.scroll = 0
            }),
        keepVisible: { state in state.keepStatisticsVisible() }
    )
}
