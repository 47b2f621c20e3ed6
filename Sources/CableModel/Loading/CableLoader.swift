/// Turns the bytes of a file into cables: splitting files that hold several, decoding and parsing each on its own.
public enum CableLoader {
    /// The largest file accepted, in bytes.
    public static var sizeLimit: Int { SourceText.sizeLimit }
    /// The most lines a file may hold.
    public static var lineLimit: Int { SourceText.lineLimit }

    /// Loads every cable in `bytes` (most files hold one); each cable is decoded in its own encoding, and its REF
    /// lines and tags are read with the posts and tags of `knowledge` (`GeneralKnowledge.bundled` for the shipped
    /// lists). `name`, the file's name, gives the year of a cable it names whose header gives no date.
    public static func load(
        _ bytes: [UInt8], knowledge: GeneralKnowledge, name: String? = nil
    ) throws(LoadError) -> [Cable] {
        guard bytes.count <= sizeLimit else { throw .tooLarge(bytes: bytes.count, limit: sizeLimit) }
        var cables: [Cable] = []
        var lineCount = 0
        for piece in CableSplitter.split(bytes) {
            let source: SourceText
            do {
                source = try SourceText(decoding: piece.bytes)
            } catch .empty {
                continue
            }
            lineCount += source.lineCount
            guard lineCount <= lineLimit else { throw .tooManyLines(lines: lineCount, limit: lineLimit) }
            cables.append(CableParser.parse(source, knowledge: knowledge, name: name))
        }
        guard !cables.isEmpty else { throw .empty }
        return cables
    }

    /// Loads one cable that `CableSplitter` cut from a file or a stream, reading it with `knowledge`.
    public static func load(_ cable: CableBytes, knowledge: GeneralKnowledge) throws(LoadError) -> Cable {
        CableParser.parse(try SourceText(decoding: cable.bytes), knowledge: knowledge)
    }

    /// The decoded text of every cable in `bytes`, unparsed, each with the offset in `bytes` where it starts.
    public static func sources(_ bytes: [UInt8]) throws(LoadError) -> [CableSource] {
        var sources: [CableSource] = []
        for piece in CableSplitter.split(bytes) {
            do {
                sources.append(try source(piece))
            } catch .empty {
                continue
            }
        }
        guard !sources.isEmpty else { throw .empty }
        return sources
    }

    /// The decoded text of one cable that `CableSplitter` cut from the file `name`, unparsed: what a store keeps to
    /// read it again.
    public static func source(_ cable: CableBytes, name: String? = nil) throws(LoadError) -> CableSource {
        let text = try SourceText(decoding: cable.bytes)
        return CableSource(text: text.bytes, encoding: text.encoding, byteOffset: cable.offset, name: name)
    }

    /// Parses one cable's decoded text (from `source`, or as a store kept it), without splitting it again, reading
    /// its header with `knowledge` as `load` does.
    public static func parse(_ source: CableSource, knowledge: GeneralKnowledge) -> Cable {
        CableParser.parse(
            SourceText(decoded: source.text, encoding: source.encoding), knowledge: knowledge, name: source.name)
    }

    /// Loads a file's text as one cable (the first, where it holds several); `name` as for `load`.
    public static func loadFirst(
        _ bytes: [UInt8], knowledge: GeneralKnowledge, name: String? = nil
    ) throws(LoadError) -> Cable {
        try load(bytes, knowledge: knowledge, name: name)[0]
    }
}
