import CableModel
import Foundation
import GRDB

/// The rows one cable gives the library, prepared off the writer's thread: the cable's own row, its tags and REF
/// lines, its units, and what the model derived (statutes, cross-references, names, figures).
///
/// Every value is what the model derived; nothing here reads the text again.
struct CableRows: Sendable {
    /// The cable's id as the model titles it (`09LIMA120`, `untitled` without a header).
    let cableID: String
    /// The `cable` table's values after the file and position (see `LibraryWriter`).
    let cable: [DatabaseValue]
    /// The cable's date-time (ISO), whose day numbers its units (`UnitNumbering`).
    let date: String?
    /// The `cable_source` row after the cable: the text deflated, and its size.
    let source: [DatabaseValue]
    /// One row per tag.
    let tags: [String]
    /// One row per REF line: position, label, text, cited cable id, mentions in the text.
    let references: [[DatabaseValue]]
    /// One row per unit, the subject's `header` row first: position, id, kind, parent, label, marking, heading,
    /// text, page.
    let units: [[DatabaseValue]]
    /// Statutes, cross-references, entities with their names, figures: rows after the cable column.
    let statutes: [[DatabaseValue]]
    let crossReferences: [[DatabaseValue]]
    let entities: [[DatabaseValue]]
    let entityNames: [String]
    let figures: [[DatabaseValue]]
    /// The model's warnings about the cable (no header, empty body).
    let warnings: [String]

    /// The rows of an indexed cable whose decoded text is `source`.
    init(_ indexed: IndexedCable, source: CableSource) {
        let cable = indexed.cable
        cableID = cable.title
        self.cable = CableRows.cableValues(cable, source: source)
        date = cable.header.dateTime?.iso8601
        self.source = [Data(StoredText.deflated(source.text)).databaseValue, source.text.count.databaseValue]
        tags = cable.header.tags
        references = CableRows.references(cable.header.references, citations: indexed.index.citations)
        units = CableRows.units(cable)
        statutes = indexed.index.statutes.enumerated().map(CableRows.statute)
        crossReferences = indexed.index.crossReferences.enumerated().map(CableRows.crossReference)
        entities = indexed.index.entities.enumerated().map(CableRows.entity)
        // NB: sorted, so that the same cable writes the same rows in the same order on every run.
        entityNames = Set(indexed.index.entities.flatMap { [$0.name] + $0.aliases }).sorted()
        warnings = cable.warnings
        figures = (indexed.statistics.figures + indexed.statistics.ages).enumerated().map(CableRows.figure)
    }

    private static func cableValues(_ cable: Cable, source: CableSource) -> [DatabaseValue] {
        let header = cable.header
        let addressees = JSONValue.object([
            ("to", .array(header.to.map(CableRows.addressee))), ("info", .array(header.info.map(CableRows.addressee))),
        ])
        let values: [(any DatabaseValueConvertible)?] = [
            RulesVersion.current, source.encoding.rawValue,
            header.dateTime?.iso8601, header.origin, header.post, header.number, header.precedence,
            header.classification, header.classification.flatMap(ClassificationLevel.init(classification:))?.rawValue,
            header.caveats.joined(separator: " "), header.tags.joined(separator: " "), header.subject,
            header.signature, addressees.serialized(), cable.pageCount, cable.units.count,
            JSONValue.array(cable.warnings.map(JSONValue.string)).serialized(),
        ]
        return values.map { $0?.databaseValue ?? .null }
    }

    /// An addressee as a compact array: routing indicator, name, precedence, serial.
    private static func addressee(_ addressee: Addressee) -> JSONValue {
        .array([
            .optional(addressee.routingIndicator), .string(addressee.name), .optional(addressee.precedence),
            .optional(addressee.serial),
        ])
    }

    private static func references(_ references: [CableReference], citations: [CableCitation]) -> [[DatabaseValue]] {
        references.enumerated().map { position, reference in
            let mentions = citations.filter { $0.references.contains(reference) }.count
            return row([position, reference.label, reference.text, reference.cableID, mentions])
        }
    }

    private static func units(_ cable: Cable) -> [[DatabaseValue]] {
        let header = row([
            -1, "", "header", nil, "", nil, cable.header.subject, cable.header.tags.joined(separator: " "), nil,
        ])
        return [header]
            + cable.units.enumerated().map { position, unit in
                row([
                    position, unit.id, unit.kind.rawValue, unit.parent, unit.label, unit.marking, unit.heading,
                    unit.text, unit.page,
                ])
            }
    }

    private static func statute(_ position: Int, _ statute: Statute) -> [DatabaseValue] {
        let mentions = statute.mentions.map { mention in
            JSONValue.array(span(mention.span) + [.string(mention.text), .optional(mention.subdivision)])
        }
        return row([
            position, statute.id, statute.division.rawValue, statute.number, statute.instrument,
            strings(statute.names), strings(statute.notes), statute.definedIn, JSONValue.array(mentions).serialized(),
        ])
    }

    private static func crossReference(_ position: Int, _ reference: CrossReference) -> [DatabaseValue] {
        var document: String?
        var cited: String?
        if case .otherDocument(let name, let cableID) = reference.target {
            document = name
            cited = cableID
        }
        return row([
            position, reference.from, reference.resolvedUnitID, reference.paragraph, reference.text, document, cited,
            reference.span.field.rawValue, reference.span.range.lowerBound, reference.span.range.upperBound,
        ])
    }

    private static func entity(_ position: Int, _ entity: Entity) -> [DatabaseValue] {
        // NB: an entity keeps how often it is mentioned, not where: showing a cable parses its text again, and the
        // positions were a third of the entity rows' size.
        row([
            position, entity.name, entity.kind.rawValue, strings(entity.aliases), entity.country, entity.mentions.count,
        ])
    }

    private static func figure(_ position: Int, _ figure: Figure) -> [DatabaseValue] {
        row([
            position, figure.kind.rawValue, figure.value, figure.low, figure.high, figure.qualifier?.rawValue,
            figure.currency, figure.countedNoun, figure.action, figure.year, figure.period, figure.statute,
            figure.partOf,
            strings(figure.categories), figure.unitID, figure.field.rawValue, figure.range.lowerBound,
            figure.range.upperBound, figure.quote, figure.sentenceRange.lowerBound, figure.sentenceRange.upperBound,
        ])
    }

    /// A position as a compact JSON array: unit id, field, first scalar, scalar past the end.
    private static func span(_ span: TextSpan) -> [JSONValue] {
        [
            .string(span.unitID), .string(span.field.rawValue), .integer(span.range.lowerBound),
            .integer(span.range.upperBound),
        ]
    }

    private static func strings(_ values: [String]) -> String {
        JSONValue.array(values.map(JSONValue.string)).serialized()
    }

    private static func row(_ values: [(any DatabaseValueConvertible)?]) -> [DatabaseValue] {
        values.map { $0?.databaseValue ?? .null }
    }
}
