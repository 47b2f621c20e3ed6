/// A stretch of one field of one unit: where a match, a mention or a reference is written.
///
/// `range` counts Unicode scalars of the field's text (`Unit.value(of: field)`), as every position the model
/// shares does.
public struct TextSpan: Sendable, Equatable, Hashable {
    /// The unit's id (`27.E`).
    public let unitID: String
    /// The field the range is in.
    public let field: Unit.Field
    /// The scalar offsets in that field.
    public let range: Range<Int>

    /// Creates a span.
    public init(unitID: String, field: Unit.Field, range: Range<Int>) {
        self.unitID = unitID
        self.field = field
        self.range = range
    }
}
