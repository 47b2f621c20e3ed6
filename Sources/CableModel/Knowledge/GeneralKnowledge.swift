/// General knowledge that no cable states, read from the lists in `Data/`: the gazetteer and the glossary, parsed
/// once from their bytes.
///
/// The bytes come from the `CableData` target (`BundledData.gazetteerBytes`, `BundledData.glossaryBytes`);
/// the model only parses them. Every list of general knowledge (places, abbreviations and tags, posts) belongs here,
/// so that `CableModel` holds no such list as a literal.
public struct GeneralKnowledge: Sendable {
    /// The world's places.
    public let gazetteer: Gazetteer
    /// Cable abbreviations and tags.
    public let glossary: Glossary

    /// Parses both lists.
    public init(gazetteer: [UInt8], glossary: [UInt8]) {
        self.gazetteer = Gazetteer(parsing: gazetteer)
        self.glossary = Glossary(parsing: glossary)
    }

    /// No lists: names come only from the text's own patterns, and tags have no meanings.
    public static let empty = GeneralKnowledge(gazetteer: [], glossary: [])
}
