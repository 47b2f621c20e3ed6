/// The raw bytes of one cable, as `CableSplitter` cut them from a file or a stream, not yet decoded.
public struct CableBytes: Sendable, Equatable {
    /// The cable's bytes, in the file's own encoding (each cable is decoded on its own).
    public var bytes: [UInt8]
    /// Where the cable starts in the stream, in bytes from its first byte.
    public var offset: Int
    /// How many bytes past the splitter's size limit were dropped from the end of this cable (0 for whole cables).
    public var droppedBytes: Int

    /// Creates a cable's bytes.
    public init(bytes: [UInt8], offset: Int, droppedBytes: Int = 0) {
        self.bytes = bytes
        self.offset = offset
        self.droppedBytes = droppedBytes
    }
}
