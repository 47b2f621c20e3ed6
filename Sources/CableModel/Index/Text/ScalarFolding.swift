/// Folding of Unicode scalars for the word index: diacritics removed (`é` → `e`, `ß` → `ss`), case kept or lowered.
///
/// NB: written as a table over Latin-1 and Latin Extended-A rather than through Foundation's folding, which
/// CableModel does not import; these blocks hold nearly every accented letter met in cables. Other scripts keep
/// their letters and are lowered through the scalar's own lower-case mapping.
enum ScalarFolding {
    /// Whether the scalar belongs to a word: a letter, a digit or a combining mark.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return UInt8(value).isASCIIAlphanumeric }
        if isCombiningMark(value) { return true }
        if value >= 0xC0, value <= 0x17F { return value != 0xD7 && value != 0xF7 }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
    }

    /// Whether the scalar is a combining diacritical mark, which folding drops.
    @inline(__always)
    static func isCombiningMark(_ value: UInt32) -> Bool { value >= 0x300 && value <= 0x36F }

    /// Appends the scalar with its diacritics removed, keeping its case, as UTF-8.
    @inline(__always)
    static func appendKeepingCase(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value))
        } else if isCombiningMark(value) {
            return
        } else if value >= 0xC0, value <= 0x17F {
            bytes.append(contentsOf: latinBases[Int(value - 0xC0)].utf8)
        } else {
            bytes.append(contentsOf: String(scalar).utf8)
        }
    }

    /// Appends the scalar lowered, with its diacritics removed, as UTF-8.
    @inline(__always)
    static func appendLowered(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            bytes.append(byte.isASCIIUpper ? byte + 0x20 : byte)
        } else if isCombiningMark(value) {
            return
        } else if value >= 0xC0, value <= 0x17F {
            for byte in latinBases[Int(value - 0xC0)].utf8 { bytes.append(byte.isASCIIUpper ? byte + 0x20 : byte) }
        } else {
            bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
    }

    /// Whether the scalar is a lower-case letter.
    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return UInt8(value).isASCIILower }
        return scalar.properties.isLowercase
    }

    /// Whether the scalar is a letter.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return UInt8(value).isASCIILetter }
        return scalar.properties.isAlphabetic
    }

    /// Whether the scalar is an upper-case letter.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return UInt8(value).isASCIIUpper }
        return scalar.properties.isUppercase
    }

    /// The ASCII base letters of U+00C0 … U+017F, in order (an empty string marks a non-letter).
    private static let latinBases: [String] = {
        let latin1 =
            "A A A A A A AE C E E E E I I I I D N O O O O O _ O U U U U Y TH ss "
            + "a a a a a a ae c e e e e i i i i d n o o o o o _ o u u u u y th y"
        let extendedA =
            "A a A a A a C c C c C c C c D d D d E e E e E e E e E e G g G g G g G g H h H h "
            + "I i I i I i I i I i IJ ij J j K k k L l L l L l L l L l N n N n N n n N n "
            + "O o O o O o OE oe R r R r R r S s S s S s S s T t T t T t U u U u U u U u U u U u "
            + "W w Y y Y Z z Z z Z z s"
        return (latin1 + " " + extendedA).split(separator: " ").map { $0 == "_" ? "" : String($0) }
    }()
}
