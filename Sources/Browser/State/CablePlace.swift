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

    /// Creates the place of a file's only cable.
    public init() {}

    /// Creates the place of one cable among `count`.
    public init(position: Int, count: Int) {
        self.position = position
        self.count = count
    }
}
