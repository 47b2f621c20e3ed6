/// Converts byte offsets in a field's UTF-8 bytes to Unicode-scalar offsets, the positions the model exports.
struct ScalarOffsets: Sendable {
    /// The scalar offset of each byte offset, or nil when the text is ASCII and the two agree.
    private let table: [Int]?

    init(_ bytes: [UInt8]) {
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            table = nil
            return
        }
        var table = [Int](repeating: 0, count: bytes.count + 1)
        var scalars = 0
        for (offset, byte) in bytes.enumerated() {
            table[offset] = scalars
            // NB: continuation bytes (10xxxxxx) belong to the scalar their lead byte started.
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        table[bytes.count] = scalars
        self.table = table
    }

    /// The scalar offset of byte offset `byte`.
    func scalar(_ byte: Int) -> Int { table?[byte] ?? byte }

    /// The scalar range of a byte range.
    func scalars(_ bytes: Range<Int>) -> Range<Int> { scalar(bytes.lowerBound)..<scalar(bytes.upperBound) }
}
