/// Where the reader is: the unit being read and the first line shown.
public struct ReaderState: Hashable, Sendable {
    /// The unit being read (its position in the cable); the outline selects it.
    public var current = 0
    /// The first line shown, as a place in the text that survives re-wrapping.
    public var top = ReaderAnchor(unit: 0)
    /// Whether the reader shows the file's original lines instead of the clean text (`v`).
    public var showsOriginal = false
    /// The first original line shown, while it does.
    public var originalTop = 0

    /// Creates a reader at the start of the cable.
    public init() {}
}
