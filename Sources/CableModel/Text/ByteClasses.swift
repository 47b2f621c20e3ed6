/// ASCII character classes on UTF-8 code units, for scanners that work on bytes.
///
/// NB: the loader works on `[UInt8]` rather than `Character` because a concrete byte loop is one to two
/// orders of magnitude faster on this toolchain (see house-style.md), and every rule of the cable format is ASCII.
extension UInt8 {
    @inlinable var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    @inlinable var isASCIIUpper: Bool { self >= 0x41 && self <= 0x5A }
    @inlinable var isASCIILower: Bool { self >= 0x61 && self <= 0x7A }
    @inlinable var isASCIILetter: Bool { isASCIIUpper || isASCIILower }
    @inlinable var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }
    /// Space or tab (line ends are gone by the time scanners run).
    @inlinable var isBlank: Bool { self == 0x20 || self == 0x09 }
    /// The value of an ASCII digit.
    @inlinable var digitValue: Int { Int(self) - 0x30 }
    /// The upper-case form of an ASCII letter; other bytes unchanged.
    @inlinable var asciiUppercased: UInt8 { isASCIILower ? self - 0x20 : self }
}

/// Byte values the scanners name.
enum ASCII {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let period: UInt8 = 0x2E
    static let comma: UInt8 = 0x2C
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let openParen: UInt8 = 0x28
    static let closeParen: UInt8 = 0x29
    static let slash: UInt8 = 0x2F
    static let hyphen: UInt8 = 0x2D
    static let backslash: UInt8 = 0x5C
    static let quote: UInt8 = 0x22
    static let apostrophe: UInt8 = 0x27
    static let question: UInt8 = 0x3F
    static let exclamation: UInt8 = 0x21
    static let openBracket: UInt8 = 0x5B
    static let closeBracket: UInt8 = 0x5D
    static let hash: UInt8 = 0x23
    /// The pilcrow `¶` (U+00B6) in UTF-8.
    static let pilcrow: [UInt8] = [0xC2, 0xB6]
}
