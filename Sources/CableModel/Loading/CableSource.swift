/// The decoded text of one cable of a file, before it is parsed: what a store keeps so that the cable can be read
/// again (by `CableLoader.parse`) without the file.
public struct CableSource: Sendable, Equatable {
    /// The cable's text as UTF-8 with LF line ends, as the file holds it otherwise (a spreadsheet row keeps its
    /// columns: the parser reads them).
    public let text: [UInt8]
    /// The encoding the file was read in.
    public let encoding: SourceEncoding
    /// Where the cable starts in its file, in bytes.
    public let byteOffset: Int
    /// The name of its file (`04LIMA120.txt`), which gives the year of the cable it names when the header gives no
    /// date.
    public let name: String?

    /// Creates a source from text already decoded (as a store gives it back).
    public init(text: [UInt8], encoding: SourceEncoding, byteOffset: Int = 0, name: String? = nil) {
        self.text = text
        self.encoding = encoding
        self.byteOffset = byteOffset
        self.name = name
    }
}
