import CableData
import CableModel

/// The bundled gazetteer, glossary and posts, parsed once for the commands that load and index a cable.
enum BundledKnowledge {
    /// The parsed lists (empty lists when the bundle lacks them: names then come from the text's patterns only).
    static let lists = GeneralKnowledge.bundled

    /// The glossary and the posts alone, all that loading a cable reads: loading does not wait for the gazetteer,
    /// which the browser parses only after its first frame.
    static let loading = GeneralKnowledge.bundledWithoutGazetteer
}
