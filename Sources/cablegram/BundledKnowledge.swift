import CableData
import CableModel

/// The bundled gazetteer and glossary, parsed once for the commands that index a cable.
enum BundledKnowledge {
    /// The parsed lists (empty lists when the bundle lacks them: names then come from the text's patterns only).
    static let lists = GeneralKnowledge(gazetteer: BundledData.gazetteerBytes, glossary: BundledData.glossaryBytes)
}
