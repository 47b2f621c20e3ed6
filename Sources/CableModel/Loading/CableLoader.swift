/// Turns the bytes of a file into cables: decoding, splitting files that hold several, parsing each.
public enum CableLoader {
    /// The largest file accepted, in bytes.
    public static var sizeLimit: Int { SourceText.sizeLimit }
    /// The most lines a file may hold.
    public static var lineLimit: Int { SourceText.lineLimit }

    /// Loads every cable in `bytes` (most files hold one), reading REF lines and tags with the posts and tags of
    /// `knowledge` (`GeneralKnowledge.bundled` for the shipped lists).
    public static func load(_ bytes: [UInt8], knowledge: GeneralKnowledge) throws(LoadError) -> [Cable] {
        let source = try SourceText(decoding: bytes)
        let lines = source.lines
        return CableSplitter.split(lines).map {
            CableParser.parse($0, encoding: source.encoding, knowledge: knowledge)
        }
    }

    /// Loads a file's text as one cable (the first, where it holds several).
    public static func loadFirst(_ bytes: [UInt8], knowledge: GeneralKnowledge) throws(LoadError) -> Cable {
        try load(bytes, knowledge: knowledge)[0]
    }
}
