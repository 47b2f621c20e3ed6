import CableModel

/// A stretch of a unit's heading or text, in Unicode-scalar offsets: a search hit, a reference, a figure.
public struct FieldSpan: Hashable, Sendable, Comparable {
    /// The unit's position in the cable.
    public var unit: Int
    /// The field.
    public var field: Unit.Field
    /// The scalar offsets.
    public var range: Range<Int>

    /// Creates a span.
    public init(unit: Int, field: Unit.Field, range: Range<Int>) {
        self.unit = unit
        self.field = field
        self.range = range
    }

    /// Document order: unit, then heading before text, then offset.
    public static func < (lhs: FieldSpan, rhs: FieldSpan) -> Bool {
        (lhs.unit, lhs.field == .heading ? 0 : 1, lhs.range.lowerBound, lhs.range.upperBound)
            < (rhs.unit, rhs.field == .heading ? 0 : 1, rhs.range.lowerBound, rhs.range.upperBound)
    }
}
