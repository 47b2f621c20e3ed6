/// A set of byte strings, each given a dense id in the order first inserted: an interning table.
///
/// NB: the word index interns every word of a cable; keying a Swift `Dictionary` by `String` would allocate a
/// string per word, while this table hashes the bytes of a reused buffer and stores every key in one array.
struct ByteStringTable: Sendable {
    /// Every key's bytes, one after the other.
    private var storage: [UInt8] = []
    /// Where each key starts in `storage`; the last element is the end of the last key.
    private var offsets: [Int32] = [0]
    /// Open-addressing slots, a power of two of them: the id plus one in the low 32 bits (0 when empty) and the
    /// hash's high 32 bits above, so that most probes never touch the keys.
    private var slots: [UInt64]
    /// Each key's hash, kept for growing the slots.
    private var hashes: [UInt64] = []

    /// Creates an empty table sized for about `capacity` keys.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
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
    func id(of key: [UInt8]) -> Int32? { id(of: key[...]) }

    /// The id of `key`, or nil when it is not in the table.
    func id(of key: ArraySlice<UInt8>) -> Int32? {
        let found = find(key)
        return found.id >= 0 ? found.id : nil
    }

    /// The id of `key` (or -1) and the slot where it is or would go.
    ///
    /// NB: a plain loop over the arrays, without `withUnsafeBufferPointer` closures or `ArraySlice`s of the
    /// storage: both cost retains and releases on every probe, which took a tenth of the index build.
    @inline(__always)
    private func find(_ key: ArraySlice<UInt8>) -> (id: Int32, slot: Int, hash: UInt64) {
        let hash = ByteStringTable.hash(key)
        let mask = slots.count - 1
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (-1, slot, hash) }
            if entry >> 32 == tag {
                let id = Int32(truncatingIfNeeded: (entry & 0xFFFF_FFFF) - 1)
                if isKey(id, equalTo: key) { return (id, slot, hash) }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func isKey(_ id: Int32, equalTo key: ArraySlice<UInt8>) -> Bool {
        let start = Int(offsets[Int(id)])
        guard Int(offsets[Int(id) + 1]) - start == key.count else { return false }
        var stored = start
        for byte in key {
            guard storage[stored] == byte else { return false }
            stored += 1
        }
        return true
    }

    /// The id of `key`, inserting it when new; `inserted` tells which.
    mutating func insert(_ key: [UInt8]) -> (id: Int32, inserted: Bool) {
        let (found, slot, hash) = find(key[...])
        if found >= 0 { return (found, false) }
        let id = Int32(hashes.count)
        slots[slot] = ByteStringTable.slotEntry(id: id, hash: hash)
        hashes.append(hash)
        // NB: byte by byte: `append(contentsOf:)` retained and released the argument on every new key.
        for byte in key { storage.append(byte) }
        offsets.append(Int32(storage.count))
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = ByteStringTable.slotEntry(id: Int32(id), hash: hash)
        }
        slots = bigger
    }

    @inline(__always)
    private static func slotEntry(id: Int32, hash: UInt64) -> UInt64 {
        (hash >> 32) << 32 | UInt64(id + 1)
    }

    /// FNV-1a over the bytes, finished with a multiply-shift so that the low bits mix well.
    @inline(__always)
    private static func hash(_ key: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }

    /// The ids sorted by their keys' bytes, for prefix lookups.
    ///
    /// NB: sorts plain integers that pack a key's first five bytes above its id, then sorts each run of keys
    /// sharing those five bytes by their whole bytes; comparing array slices throughout took a tenth of the
    /// index build.
    func idsSortedByKey() -> [Int32] {
        precondition(count < 1 << 24, "too many keys to pack")
        guard count > 1 else { return (0..<Int32(count)).map { $0 } }
        var packed = [UInt64](repeating: 0, count: count)
        for id in 0..<count {
            var prefix: UInt64 = 0
            var taken = 0
            for byte in key(Int32(id)).prefix(5) {
                prefix = prefix << 8 | UInt64(byte)
                taken += 1
            }
            packed[id] = (prefix << (8 * UInt64(5 - taken))) << 24 | UInt64(id)
        }
        packed.sort()
        var ids = packed.map { Int32(truncatingIfNeeded: $0 & 0xFF_FFFF) }
        var runStart = 0
        for position in 1...ids.count where position == ids.count || packed[position] >> 24 != packed[runStart] >> 24 {
            if position - runStart > 1 {
                ids[runStart..<position].sort { key($0).lexicographicallyPrecedes(key($1)) }
            }
            runStart = position
        }
        return ids
    }
}
