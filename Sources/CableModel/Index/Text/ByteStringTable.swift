/// A set of byte strings, each given a dense id in the order first inserted: an interning table.
///
/// NB: the word index interns every word of a cable; keying a Swift `Dictionary` by `String` would allocate a
/// string per word, while this table hashes the bytes of a reused buffer and stores every key in one array.
struct ByteStringTable: Sendable {
    /// Every key's bytes, one after the other.
    private var storage: [UInt8] = []
    /// Where each key starts in `storage`; the last element is the end of the last key.
    private var offsets: [Int32] = [0]
    /// Open-addressing slots holding ids, -1 when empty; the count is a power of two.
    private var slots: [Int32]
    /// Each key's hash, kept for growing the slots.
    private var hashes: [UInt64] = []

    /// Creates an empty table sized for about `capacity` keys.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
    }

    /// The number of keys.
    var count: Int { hashes.count }

    /// The bytes of the key with this id.
    func key(_ id: Int32) -> ArraySlice<UInt8> {
        storage[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])]
    }

    /// The key with this id as a string.
    func string(_ id: Int32) -> String { String(decoding: key(id), as: UTF8.self) }

    /// The id of `key`, or nil when it is not in the table.
    func id(of key: [UInt8]) -> Int32? {
        let hash = ByteStringTable.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash, self.key(id).elementsEqual(key) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `key`, inserting it when new; `inserted` tells which.
    mutating func insert(_ key: [UInt8]) -> (id: Int32, inserted: Bool) {
        let hash = ByteStringTable.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash, self.key(id).elementsEqual(key) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        slots[slot] = id
        hashes.append(hash)
        storage.append(contentsOf: key)
        offsets.append(Int32(storage.count))
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id)
        }
        slots = bigger
    }

    /// FNV-1a over the bytes, finished with a multiply-shift so that the low bits mix well.
    @inline(__always)
    private static func hash(_ key: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }

    /// The ids sorted by their keys' bytes, for prefix lookups.
    func idsSortedByKey() -> [Int32] {
        (0..<Int32(count)).sorted { key($0).lexicographicallyPrecedes(key($1)) }
    }
}
