import CableModel

/// What the list's preview shows of the selected cable: its subject, tags with their meanings, REF lines,
/// signature and first paragraph, as labelled lines.
public struct CablePreview: Hashable, Sendable {
    /// One part of the preview: a label (`Tags`) and its lines.
    public struct Part: Hashable, Sendable {
        /// The label.
        public let label: String
        /// The lines under it.
        public let lines: [String]
    }

    /// The row previewed.
    public let key: Int64
    /// The parts, in order; a part the cable lacks is left out.
    public let parts: [Part]

    /// The preview of `cable`, the tags explained by `knowledge`'s glossary.
    public init(key: Int64, cable: Cable, knowledge: GeneralKnowledge) {
        self.key = key
        let header = cable.header
        let tags = header.tags.map { tag in
            knowledge.glossary.meaning(ofTag: tag).map { tag + "  " + $0 } ?? tag
        }
        let references = header.references.map { reference in
            reference.label.map { $0 + ". " + reference.text } ?? reference.text
        }
        let paragraph = cable.units.first { $0.kind == .paragraph || $0.kind == .unnumbered }
        let candidates: [(String, [String])] = [
            ("Subject", header.subject.map { [$0] } ?? []), ("Tags", tags), ("Ref", references),
            ("Signature", header.signature.map { [$0] } ?? []),
            ("First paragraph", paragraph.map { [$0.text] } ?? []),
        ]
        parts = candidates.filter { !$0.1.isEmpty }.map { Part(label: $0.0, lines: $0.1) }
    }
}
