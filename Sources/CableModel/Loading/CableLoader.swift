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

    /// The decoded text of every cable in `bytes`, unparsed, each with the offset in `bytes` where it starts.
    ///
    /// A reader that feeds a large file in windows keeps the bytes from the last cable's offset for the next
    /// window: the cables before it are complete.
    public static func sources(_ bytes: [UInt8]) throws(LoadError) -> [CableSource] {
        let source = try SourceText(decoding: bytes)
        let lines = source.lines
        let pieces = CableSplitter.pieces(lines)
        let offsets = SourceText.lineOffsets(in: bytes, lines: pieces.map(\.startLine))
        return zip(pieces, offsets).map { piece, offset in
            CableSource(text: joined(piece.lines), encoding: source.encoding, byteOffset: offset)
        }
    }

    /// Parses one cable's decoded text (from `sources`, or as a store kept it), without splitting it again, reading
    /// its header with `knowledge` as `load` does.
    public static func parse(_ source: CableSource, knowledge: GeneralKnowledge) -> Cable {
        let text = SourceText(decoded: source.text, encoding: source.encoding)
        return CableParser.parse(text.lines, encoding: source.encoding, knowledge: knowledge)
    }

    /// The lines joined by LF.
    private static func joined(_ lines: [ByteText]) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
        for (position, line) in lines.enumerated() {
            if position > 0 { text.append(ASCII.newline) }
            text += line
        }
        return text
    }

    /// Loads a file's text as one cable (the first, where it holds several).
    public static func loadFirst(_ bytes: [UInt8], knowledge: GeneralKnowledge) throws(LoadError) -> Cable {
        try load(bytes, knowledge: knowledge)[0]
    }
}
