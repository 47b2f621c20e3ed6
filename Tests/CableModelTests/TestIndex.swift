import CableData
import CableModel
import TestSupport

/// Helpers for index tests: the bundled reference lists, and cables made from a sentence or two.
enum TestIndex {
    /// The bundled gazetteer and glossary.
    static let knowledge = GeneralKnowledge.bundled

    /// A cable of one numbered paragraph per text (ids `1`, `2`, ...), without a header.
    static func cable(_ texts: [String], references: [CableReference] = []) -> Cable {
        var header = Header()
        header.references = references
        let units = texts.enumerated().map { position, text in
            Unit(
                id: "\(position + 1)", kind: .paragraph, parent: nil, label: "\(position + 1).", marking: nil,
                heading: nil, text: text, page: nil)
        }
        return Cable(header: header, units: units, pageCount: nil, encoding: .utf8, warnings: [])
    }

    /// The index of a cable made from `texts`.
    static func index(_ texts: [String], references: [CableReference] = []) -> CableIndex {
        CableIndex.build(cable(texts, references: references), knowledge: knowledge)
    }

    /// The index of a cable made from one text.
    static func index(_ text: String) -> CableIndex { index([text]) }

    /// The text of a field the index reports a span in: a unit's, or the subject's (unit `subject`).
    static func text(of cable: Cable, unitID: String, field: CableModel.Unit.Field) -> String? {
        unitID == CableIndex.subjectUnitID ? cable.header.subject : cable.unit(id: unitID)?.value(of: field)
    }

    /// The bundled seed cable, indexed.
    static func seed() throws -> IndexedCable {
        IndexedCable(try SharedData.seedCable(), knowledge: knowledge)
    }
}

extension String {
    /// The text of a scalar range.
    func scalars(_ range: Range<Int>) -> String {
        let scalars = Array(unicodeScalars)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return text
    }
}
