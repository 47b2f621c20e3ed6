/// Reads the escape sequences that terminals send for keys, whatever their terminfo entry lists: those of xterm,
/// tmux, screen, rxvt and the Linux console for Home, End, Insert, Delete, PgUp, PgDn, F1–F12 and the arrows with
/// modifiers. Anything else is `.unknown` with the sequence made readable, never split into keystrokes.
public enum EscapeSequence {
    /// Whether a byte after ESC starts a key's sequence (`[` or `O`); anything else is Esc followed by another key.
    public static func isIntroducer(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "[") || byte == UInt8(ascii: "O") }

    /// The key for the bytes after ESC (`[1~`, `OH`, `[1;5C`, `[[A`); nil when they do not finish a sequence yet or
    /// do not start one.
    public static func key(after bytes: [UInt8]) -> Key? {
        guard let introducer = bytes.first else { return nil }
        switch introducer {
        case UInt8(ascii: "["): return controlSequence(Array(bytes.dropFirst()), whole: bytes)
        case UInt8(ascii: "O"):
            guard bytes.count >= 2 else { return nil }
            let final = bytes[bytes.count - 1]
            return final == UInt8(ascii: "M") ? .enter : finalKey(final) ?? .unknown(readable(bytes))
        default:
            return nil
        }
    }

    /// Whether a sequence is complete: a CSI ends with a byte from `@` to `~`, SS3 with one byte after the `O`.
    public static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let introducer = bytes.first else { return false }
        if introducer == UInt8(ascii: "O") { return bytes.count >= 2 }
        guard introducer == UInt8(ascii: "[") else { return true }
        // NB: the Linux console's F1–F5 are `ESC [ [ A` to `ESC [ [ E`: the second `[` is not a final byte.
        if bytes.count == 2, bytes[1] == UInt8(ascii: "[") { return false }
        return bytes.count >= 2 && (0x40...0x7E).contains(bytes[bytes.count - 1])
    }

    /// `ESC[99~`: the sequence as the status line shows it.
    public static func readable(_ bytes: [UInt8]) -> String {
        "ESC" + String(decoding: bytes.map { (0x20..<0x7F).contains($0) ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }

    private static func controlSequence(_ body: [UInt8], whole: [UInt8]) -> Key? {
        guard let final = body.last else { return nil }
        if body.count == 2, body[0] == UInt8(ascii: "["), let number = linuxFunctionKey(final) { return number }
        let parameters = body.dropLast().split(separator: UInt8(ascii: ";")).map {
            Int(String(decoding: $0, as: UTF8.self))
        }
        let modifiers = parameters.count >= 2 ? KeyModifiers(xtermParameter: parameters[1] ?? 1) : []
        let key: Key?
        if final == UInt8(ascii: "~") {
            key = parameters.first.flatMap { $0 }.flatMap(tildeKey)
        } else if final == UInt8(ascii: "Z"), parameters.isEmpty {
            key = .backTab
        } else {
            key = finalKey(final)
        }
        guard let key else { return .unknown(readable(whole)) }
        return modifiers.isEmpty ? key : .modified(modifiers, key)
    }

    /// `ESC [ n ~`: the keys of the VT220 keypad and the function keys.
    private static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home
        case 4, 8: .end
        case 2: .insert
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)
        case 17...21: .function(number - 11)
        case 23, 24: .function(number - 12)
        default: nil
        }
    }

    /// The final letter of `ESC [ A`, `ESC O H`, `ESC [ 1;5 P`.
    private static func finalKey(_ byte: UInt8) -> Key? {
        switch byte {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "P"): .function(1)
        case UInt8(ascii: "Q"): .function(2)
        case UInt8(ascii: "R"): .function(3)
        case UInt8(ascii: "S"): .function(4)
        default: nil
        }
    }

    /// The Linux console's `ESC [ [ A` … `ESC [ [ E`: F1 to F5.
    private static func linuxFunctionKey(_ byte: UInt8) -> Key? {
        (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(byte) ? .function(Int(byte - UInt8(ascii: "A")) + 1) : nil
    }
}
