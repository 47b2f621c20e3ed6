/// Which cable of a file the browser shows: files exported from databases hold several.
public struct CablePlace: Hashable, Sendable {
    /// The cable's position in its file, from 0.
    public var position = 0
    /// How many cables the file holds.
    public var count = 1
    /// The position asked for by `<` or `>`, for the event loop to open.
    public var requested: Int?
    /// The list the cable was opened from (`Library › tag:KTIP`), when it was: `<` and `>` step through that list,
    /// and the title bar leads with it.
    public var list: String?
    /// The words of the list's filter, searched in place in a cable opened from it: `n` at the last hit (`N` at the
    /// first) names the list's next (previous) cable instead of wrapping. Nil for a file's cable, or a list
    /// filtered by fields alone.
    public var words: String?
    /// The id of the list's previous cable, named when `N` offers it.
    public var previousID: String?
    /// The id of the list's next cable, named when `n` offers it.
    public var nextID: String?
    /// The position `n` or `N` offered at the last or first hit: the same key, pressed next, opens it.
    public var offered: Int?
    /// Whether the cable asked for opens at its last hit (`N` from the first hit of the cable after it).
    public var opensAtLastHit = false

    /// Creates the place of a file's only cable.
    public init() {}

    /// Creates the place of one cable among `count`.
    public init(position: Int, count: Int) {
        self.position = position
        self.count = count
    }
}
