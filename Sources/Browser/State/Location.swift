/// Everything the jump list restores: the focused pane, each pane's scroll and selection, and the highlight.
public struct Location: Hashable, Sendable {
    /// The focused pane.
    public var focus: PaneID
    /// The reader's unit and first line.
    public var reader: ReaderState
    /// The outline's scroll.
    public var outlineScroll: Int
    /// The highlighted place in the reader.
    public var cursor: ReaderCursor?
    /// The statistics pane's table, selection and scroll.
    public var statistics: StatisticsState
    /// The index pane's entry, mention and scroll.
    public var index: IndexState
}
