/// A JSON value whose objects keep their keys in the order written, so exports read in a stable, natural order.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    /// An optional string: null when absent.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// An optional integer: null when absent.
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.integer) ?? .null }
    /// A number, or null: an integer when it has no fraction (`24`, not `24.0`).
    public static func optional(_ value: Double?) -> JSONValue {
        guard let value else { return .null }
        return value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .number(value)
    }

    /// The value as compact JSON text (no spaces, one line), as JSON Lines needs.
    public func serialized() -> String {
        var output = ""
        write(to: &output, indent: nil, depth: 0)
        return output
    }

    /// The value as JSON text indented by two spaces.
    public func prettyPrinted() -> String {
        var output = ""
        write(to: &output, indent: "  ", depth: 0)
        return output
    }

    private func write(to output: inout String, indent: String?, depth: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let value):
            output +=
                value.isFinite
                ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)") : "null"
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let items):
            output += "["
            for (position, item) in items.enumerated() {
                JSONValue.startItem(position, to: &output, indent: indent, depth: depth)
                item.write(to: &output, indent: indent, depth: depth + 1)
            }
            JSONValue.close("]", isEmpty: items.isEmpty, to: &output, indent: indent, depth: depth)
        case .object(let members):
            output += "{"
            for (position, (key, value)) in members.enumerated() {
                JSONValue.startItem(position, to: &output, indent: indent, depth: depth)
                JSONValue.writeString(key, to: &output)
                output += indent == nil ? ":" : ": "
                value.write(to: &output, indent: indent, depth: depth + 1)
            }
            JSONValue.close("}", isEmpty: members.isEmpty, to: &output, indent: indent, depth: depth)
        }
    }

    /// Writes what stands before a container's item: the comma after the one before, and the item's indentation.
    private static func startItem(_ position: Int, to output: inout String, indent: String?, depth: Int) {
        if position > 0 { output += "," }
        guard let indent else { return }
        output += "\n"
        for _ in 0...depth { output += indent }
    }

    /// Closes a container, on a line of its own at its own indentation unless it is empty.
    private static func close(_ bracket: String, isEmpty: Bool, to output: inout String, indent: String?, depth: Int) {
        if let indent, !isEmpty {
            output += "\n"
            for _ in 0..<depth { output += indent }
        }
        output += bracket
    }

    /// Writes a string literal, escaping quotes, backslashes and every control character.
    ///
    /// NB: the runs between escapes are appended whole: appending scalar by scalar made the export of a large
    /// file spend a third of its time here. The scan reads the UTF-8 bytes in place and decodes a scalar only at a
    /// byte that may begin one to escape (`escapeWidth`): walking the string's views took most of the rest.
    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var position = 0
            while position < bytes.count {
                let width = escapeWidth(bytes[position])
                guard width > 0, let escaped = escape(scalar(in: bytes, at: position, width: width)) else {
                    position += 1
                    continue
                }
                output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<position]), as: UTF8.self)
                output += escaped
                position += width
                runStart = position
            }
            output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
        }
        output += "\""
    }

    /// The UTF-8 width of the scalar a byte begins when it may be one that `escape` writes escaped (ASCII
    /// controls, quote, backslash and delete; U+0080–U+009F, led by 0xC2; U+2028 and U+2029, led by 0xE2), else 0.
    @inline(__always)
    private static func escapeWidth(_ byte: UInt8) -> Int {
        switch byte {
        case 0..<0x20, 0x22, 0x5C, 0x7F: 1
        case 0xC2: 2
        case 0xE2: 3
        default: 0
        }
    }

    /// The scalar of `width` bytes (one, two or three) at `position` of valid UTF-8.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, width: Int) -> Unicode.Scalar {
        var code = UInt32(bytes[position]) & (width == 1 ? 0x7F : width == 2 ? 0x1F : 0x0F)
        for next in position + 1..<position + width { code = code << 6 | UInt32(bytes[next] & 0x3F) }
        return Unicode.Scalar(code) ?? "\u{FFFD}"
    }

    /// How a scalar is written inside a string literal, or nil when it is written as itself.
    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            guard
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}"
                    || scalar == "\u{2029}"
            else { return nil }
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
