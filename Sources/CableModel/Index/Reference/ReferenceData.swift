/// The general reference lists the index reads: the gazetteer and the glossary, parsed once from their bytes.
///
/// The bytes come from the `CableData` target (`BundledData.gazetteerBytes`, `BundledData.glossaryBytes`);
/// the model only parses them.
public struct ReferenceData: Sendable {
    /// The world's places.
    public let gazetteer: Gazetteer
    /// Cable abbreviations and tags.
    public let glossary: Glossary

    /// Parses both lists.
    public init(gazetteer: [UInt8], glossary: [UInt8]) {
        self.gazetteer = Gazetteer(parsing: gazetteer)
        self.glossary = Glossary(parsing: glossary)
    }

    /// No reference lists: names come only from the text's own patterns, and tags have no meanings.
    public static let empty = ReferenceData(gazetteer: [], glossary: [])
}
