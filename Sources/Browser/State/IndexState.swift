/// The index pane's state: the entry list, and the mentions of the entry opened.
public struct IndexState: Hashable, Sendable {
    /// The entry list (rows include the group headings).
    public var entries = TableState()
    /// The entry whose mentions are listed, by row, or nil while the entry list shows.
    public var openEntry: Int?
    /// The mention list of the open entry.
    public var mentions = TableState()

    /// Creates a state showing the entry list at the top.
    public init() {}
}
