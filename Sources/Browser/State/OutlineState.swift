/// The outline's folds and scroll; the selected row is the reader's current unit.
public struct OutlineState: Hashable, Sendable {
    /// The units whose children are hidden.
    public var folded: Set<Int> = []
    /// The first row shown.
    public var scroll = 0
    /// The words a unit's id or summary must hold to be listed (`f`); empty lists the outline as folded.
    public var filter = ""

    /// Creates an unfolded outline at the top.
    public init() {}
}
