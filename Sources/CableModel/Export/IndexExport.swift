/// The index's members of the export (`cablegram/1`): statutes, cross-references, cited cables, entities, glossary.
///
/// Pass them to `CableExport.json(_:extra:)`. Ranges are Unicode-scalar offsets into the named field.
public enum IndexExport {
    /// The members, in the order they are written.
    public static func members(_ index: CableIndex) -> [(String, JSONValue)] {
        [
            ("statutes", .array(index.statutes.map(statute))),
            ("crossReferences", .array(index.crossReferences.map(crossReference))),
            ("citedCables", .array(index.citations.map(citation))),
            ("entities", .array(index.entities.map(entity))),
            ("glossary", .array(index.glossary.map(glossaryEntry))),
        ]
    }

    static func statute(_ statute: Statute) -> JSONValue {
        .object([
            ("id", .string(statute.id)),
            ("division", .string(statute.division.rawValue)),
            ("number", .string(statute.number)),
            ("instrument", .optional(statute.instrument)),
            ("names", .array(statute.names.map(JSONValue.string))),
            ("notes", .array(statute.notes.map(JSONValue.string))),
            ("definedIn", .optional(statute.definedIn)),
            ("mentions", .array(statute.mentions.map(mention))),
        ])
    }

    static func mention(_ mention: StatuteMention) -> JSONValue {
        .object(
            span(mention.span) + [
                ("text", .string(mention.text)),
                ("subdivision", .optional(mention.subdivision)),
            ])
    }

    static func crossReference(_ reference: CrossReference) -> JSONValue {
        var document: String?
        var cable: String?
        if case .otherDocument(let name, let cableID) = reference.target {
            document = name
            cable = cableID
        }
        return .object([
            ("from", .string(reference.from)),
            ("to", .optional(reference.resolvedUnitID)),
            ("paragraph", .string(reference.paragraph)),
            ("text", .string(reference.text)),
            ("resolved", .bool(reference.resolvedUnitID != nil)),
            ("document", .optional(document)),
            ("cable", .optional(cable)),
            ("field", .string(reference.span.field.rawValue)),
            ("start", .integer(reference.span.range.lowerBound)),
            ("end", .integer(reference.span.range.upperBound)),
        ])
    }

    static func citation(_ citation: CableCitation) -> JSONValue {
        .object(
            span(citation.span) + [
                ("text", .string(citation.text)),
                ("cables", .array(citation.references.map { .optional($0.cableID ?? $0.text) })),
            ])
    }

    static func entity(_ entity: Entity) -> JSONValue {
        .object([
            ("name", .string(entity.name)),
            ("kind", .string(entity.kind.rawValue)),
            ("aliases", .array(entity.aliases.map(JSONValue.string))),
            ("country", .optional(entity.country)),
            ("mentions", .array(entity.mentions.map { .object(span($0)) })),
        ])
    }

    static func glossaryEntry(_ entry: Glossary.Entry) -> JSONValue {
        .object([
            ("term", .string(entry.term)),
            ("meaning", .string(entry.meaning)),
            ("kind", .string(entry.kind.rawValue)),
            ("definedIn", .optional(entry.definedIn)),
        ])
    }

    /// `paragraph`, `field`, `start`, `end` of a span.
    static func span(_ span: TextSpan) -> [(String, JSONValue)] {
        [
            ("paragraph", .string(span.unitID)),
            ("field", .string(span.field.rawValue)),
            ("start", .integer(span.range.lowerBound)),
            ("end", .integer(span.range.upperBound)),
        ]
    }
}
