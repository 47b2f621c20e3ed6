/// The export format: the model as JSON, `format: "cablegram/1"`. The README documents the schema; keep it stable.
public enum CableExport {
    /// The format tag written into every export.
    public static let format = "cablegram/1"

    /// The whole cable as one JSON object. Later parts of the model add their own members through `extra`.
    public static func json(_ cable: Cable, extra: [(String, JSONValue)] = []) -> JSONValue {
        .object(
            [
                ("format", .string(format)),
                ("id", .optional(cable.header.id)),
                ("encoding", .string(cable.encoding.rawValue)),
                ("warnings", .array(cable.warnings.map(JSONValue.string))),
                ("header", header(cable)),
                ("paragraphs", .array(cable.units.map(unit))),
            ] + extra)
    }

    /// The header object.
    public static func header(_ cable: Cable) -> JSONValue {
        let header = cable.header
        return .object([
            ("id", .optional(header.id)),
            ("origin", .optional(header.origin)),
            ("post", .optional(header.post)),
            ("number", .optional(header.number)),
            ("dateTime", .optional(header.dateTime?.iso8601)),
            ("precedence", .optional(header.precedence)),
            ("classification", .optional(header.classification)),
            ("caveats", .array(header.caveats.map(JSONValue.string))),
            ("sections", .optional(header.sectionCount)),
            ("passing", .optional(header.passing)),
            ("executiveOrder", .optional(header.executiveOrder)),
            ("declassify", .optional(header.declassification)),
            ("classifiedBy", .optional(header.classifiedBy)),
            ("classifier", header.classifier.map(authority) ?? .null),
            ("tags", .array(header.tags.map(JSONValue.string))),
            ("subject", .optional(header.subject)),
            ("references", .array(header.references.map(reference))),
            ("to", .array(header.to.map(addressee))),
            ("info", .array(header.info.map(addressee))),
            ("excluded", .array(header.excluded.map(addressee))),
            ("pages", .optional(cable.pageCount)),
            ("signature", .optional(header.signature)),
            ("notes", .array(header.notes.map(JSONValue.string))),
        ])
    }

    /// One unit of the outline.
    public static func unit(_ unit: Unit) -> JSONValue {
        .object([
            ("id", .string(unit.id)),
            ("kind", .string(unit.kind.rawValue)),
            ("parent", .optional(unit.parent)),
            ("label", .string(unit.label)),
            ("marking", .optional(unit.marking)),
            ("heading", .optional(unit.heading)),
            ("text", .string(unit.text)),
            ("page", .optional(unit.page)),
        ])
    }

    private static func reference(_ reference: CableReference) -> JSONValue {
        .object([
            ("label", .optional(reference.label)),
            ("text", .string(reference.text)),
            ("cable", .optional(reference.cableID)),
        ])
    }

    private static func authority(_ authority: ClassificationAuthority) -> JSONValue {
        .object([
            ("title", .optional(authority.title)),
            ("name", .optional(authority.name)),
            ("reasons", .optional(authority.reasons)),
        ])
    }

    private static func addressee(_ addressee: Addressee) -> JSONValue {
        .object([
            ("routingIndicator", .optional(addressee.routingIndicator)),
            ("name", .string(addressee.name)),
            ("precedence", .optional(addressee.precedence)),
            ("serial", .optional(addressee.serial)),
            ("office", .optional(addressee.office)),
        ])
    }
}
