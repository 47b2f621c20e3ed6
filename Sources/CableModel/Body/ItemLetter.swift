/// An item's letter: `A` to `Z`, then `AA`, `BB` and on, as long lists go on after `Z`.
struct ItemLetter: Equatable, Comparable {
    /// The upper-case letter.
    let letter: UInt8
    /// Whether it is written twice (`AA`).
    let doubled: Bool

    /// The letter as written: `A`, `AA`.
    var text: String {
        let single = String(Unicode.Scalar(letter))
        return doubled ? single + single : single
    }

    /// Its place in the sequence: `A` is 0, `Z` is 25, `AA` is 26.
    fileprivate var ordinal: Int { Int(letter) - 0x41 + (doubled ? 26 : 0) }

    static func < (lhs: ItemLetter, rhs: ItemLetter) -> Bool { lhs.ordinal < rhs.ordinal }
}

extension ItemLetter {
    /// Whether this letter comes right after `other` (`B` after `A`, `AA` after `Z`).
    func follows(_ other: ItemLetter) -> Bool { ordinal == other.ordinal + 1 }
}
