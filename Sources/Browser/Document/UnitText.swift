import CableModel

/// A unit's text as the browser draws it: scalars, so that positions are the model's `Unit.Field` offsets.
public struct UnitText: Sendable {
    /// The heading's scalars (empty when the unit has none).
    public let heading: [Unicode.Scalar]
    /// The body text's scalars.
    public let text: [Unicode.Scalar]
    /// One line for the outline: the heading, or the first line of the text.
    public let summary: [Unicode.Scalar]
    /// The unit's name on the reader's rule line: the section label (`PARAGRAPH 27`) or the id (`27.E`).
    public let name: String

    /// Reads a unit.
    public init(_ unit: Unit) {
        heading = unit.heading.map { [Unicode.Scalar](scalarsOf: $0) } ?? []
        text = [Unicode.Scalar](scalarsOf: unit.text)
        let source = heading.isEmpty ? text : heading
        summary = Array(source.prefix { $0 != "\n" })
        name = unit.kind == .section && !unit.label.isEmpty ? unit.label : unit.id
    }

    /// The scalars of one field.
    public func scalars(of field: Unit.Field) -> [Unicode.Scalar] {
        field == .heading ? heading : text
    }
}
