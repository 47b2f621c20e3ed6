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
        let header = cable.header
        self.init(
            key: key, subject: header.subject, tags: header.tags,
            references: header.references.map { ($0.label, $0.text) }, signature: header.signature,
            firstParagraph: cable.units.first { $0.kind == .paragraph || $0.kind == .unnumbered }?.text,
            knowledge: knowledge)
    }

    /// The preview of a cable's parts (a REF reference as its letter and text), the tags explained by
    /// `knowledge`'s glossary.
    public init(
        key: Int64, subject: String?, tags: [String], references: [(label: String?, text: String)],
        signature: String?, firstParagraph: String?, knowledge: GeneralKnowledge
    ) {
        self.key = key
        let tags = tags.map { tag in knowledge.glossary.meaning(ofTag: tag).map { tag + "  " + $0 } ?? tag }
        let references = references.map { reference in
            reference.label.map { $0 + ". " + reference.text } ?? reference.text
        }
        let candidates: [(String, [String])] = [
            ("Subject", subject.map { [$0] } ?? []), ("Tags", tags), ("Ref", references),
            ("Signature", signature.map { [$0] } ?? []), ("First paragraph", firstParagraph.map { [$0] } ?? []),
        ]
        parts = candidates.filter { !$0.1.isEmpty }.map { Part(label: $0.0, lines: $0.1) }
    }
}
