/// One line of the reader: a unit's rule line, a piece of its heading or text, or the gap after it.
public struct ReaderLine: Hashable, Sendable {
    /// Which part of a unit a line shows, in the order they are drawn.
    public enum Part: Int, Comparable, Sendable {
        case rule, heading, text, gap
        public static func < (lhs: Part, rhs: Part) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The unit's position in the cable.
    public let unit: Int
    /// The part shown.
    public let part: Part
    /// The scalar offsets shown, in the heading or the text (empty for rule and gap lines).
    public let range: Range<Int>
}

/// A place in the reader that survives re-wrapping: a unit, a part and a scalar offset in it.
public struct ReaderAnchor: Hashable, Sendable {
    /// The unit's position in the cable.
    public var unit: Int
    /// The part.
    public var part: ReaderLine.Part
    /// The scalar offset in the part.
    public var offset: Int

    /// Creates an anchor.
    public init(unit: Int, part: ReaderLine.Part = .rule, offset: Int = 0) {
        self.unit = unit
        self.part = part
        self.offset = offset
    }
}
