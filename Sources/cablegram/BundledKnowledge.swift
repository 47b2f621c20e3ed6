import CableData
import CableModel
import Glibc

/// The bundled gazetteer, glossary and posts, parsed once for the commands that load and index a cable.
enum BundledKnowledge {
    /// The parsed lists (empty lists when the bundle lacks them: names then come from the text's patterns only).
    static let lists = GeneralKnowledge.bundled

    /// The glossary and the posts alone, all that loading a cable reads: loading does not wait for the gazetteer,
    /// which the browser parses only after its first frame.
    static let loading = GeneralKnowledge.bundledWithoutGazetteer

    /// Starts parsing `loading` on a thread of its own, so that reading, cutting and decoding a file go on beside
    /// it; whoever reads `loading` before the parse is done waits for it (a global is made once, under a lock).
    ///
    /// NB: the browser's start is otherwise one thread; this puts the second core to work before its first frame.
    static func startLoadingAside() {
        var thread = pthread_t()
        let started = pthread_create(
            &thread, nil,
            { _ in
                _ = BundledKnowledge.loading
                return nil
            }, nil)
        if started == 0 { pthread_detach(thread) }
    }
}
