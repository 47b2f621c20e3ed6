/// Where the reader is: the unit being read and the first line shown.
public struct ReaderState: Hashable, Sendable {
    /// The unit being read (its position in the cable); the outline selects it.
    public var current = 0
    /// The first line shown, as a place in the text that survives re-wrapping.
    public var top = ReaderAnchor(unit: 0)

    /// Creates a reader at the start of the cable.
    public init() {}
}
