/// A 64-bit FNV-1a hash of a file's bytes, fed in chunks: enough to tell a changed file from an unchanged one
/// whose time changed (not a cryptographic digest).
struct ContentHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds bytes.
    mutating func update(_ bytes: ArraySlice<UInt8>) {
        var state = self.state
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01B3
        }
        self.state = state
    }

    /// The hash so far, as 16 hexadecimal digits.
    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
