import CZlib

/// A cable's decoded source text as the library stores it: deflated with zlib, since every unit's text is
/// stored (and indexed) beside it and the source is read only to show or re-derive a cable.
enum StoredText {
    /// The text deflated (zlib's default level: compressing costs far less than parsing, on the same threads).
    static func deflated(_ text: [UInt8]) -> [UInt8] {
        var size = compressBound(uLong(text.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = output.withUnsafeMutableBufferPointer { destination in
            text.withUnsafeBufferPointer { source in
                compress2(destination.baseAddress, &size, source.baseAddress, uLong(text.count), Z_DEFAULT_COMPRESSION)
            }
        }
        precondition(status == Z_OK, "compressBound leaves room for any input")
        return Array(output.prefix(Int(size)))
    }

    /// The text of `deflated` bytes whose inflated size is `size`; nil when they are damaged.
    static func inflated(_ deflated: [UInt8], size: Int) -> [UInt8]? {
        var length = uLongf(size)
        var output = [UInt8](repeating: 0, count: max(1, size))
        let status = output.withUnsafeMutableBufferPointer { destination in
            deflated.withUnsafeBufferPointer { source in
                uncompress(destination.baseAddress, &length, source.baseAddress, uLong(deflated.count))
            }
        }
        guard status == Z_OK, Int(length) == size else { return nil }
        return Array(output.prefix(size))
    }
}
