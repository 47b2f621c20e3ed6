import Browser

/// Text made safe to write to a terminal: nothing in a cable can move the cursor, set the title, write the
/// clipboard (OSC 52) or reorder what follows.
///
/// NB: the notation is the browser's (`Glyph.escape`): caret notation for C0 controls and DEL (`^[`), `<U+XXXX>`
/// for C1 controls and for the invisible characters that reorder text (bidi overrides and isolates, line
/// separators, BOM).
enum TerminalText {
    /// `text` with every control and reordering character shown as a visible escape; line feeds and tabs stay.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                output += escape(for: scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Whether `scalar` must not reach a terminal raw.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x0A || value == 0x09 { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x200E...0x200F).contains(value)
            || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x061C
            || value == 0xFEFF
    }

    /// `^[` for ESC, `^?` for DEL, `<U+009B>` for a C1 control or a reordering character: the browser's glyph.
    static func escape(for scalar: Unicode.Scalar) -> String {
        guard case .escape(let text) = Glyph.escape(for: scalar) else { return String(scalar) }
        return text
    }
}
