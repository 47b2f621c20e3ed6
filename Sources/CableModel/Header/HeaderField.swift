/// The labelled fields below the classification line, and where each begins in a line.
enum HeaderField: Hashable {
    case executiveOrder
    case tags
    case subject
    case references
    case classifiedBy
    case sipdis

    /// A field label found in a line: which field, where its label starts and where its value starts.
    struct Occurrence {
        var field: HeaderField
        var labelStart: Int
        var valueStart: Int
    }

    /// The labelled fields of `line` in order, skipping fields in `seen` (each is written once, but SIPDIS).
    static func occurrences(in line: String, seen: Set<HeaderField>) -> [Occurrence] {
        let bytes = Array(line.utf8)[...]
        var found: [Occurrence] = []
        var index = bytes.startIndex
        var seen = seen
        while index < bytes.endIndex {
            if bytes.isWordStart(index), let occurrence = match(bytes, at: index, lineStart: index == 0),
                !seen.contains(occurrence.field)
            {
                found.append(occurrence)
                if occurrence.field != .sipdis { seen.insert(occurrence.field) }
                index = occurrence.valueStart
                continue
            }
            index += 1
        }
        return found
    }

    private static func match(_ bytes: ByteText, at index: Int, lineStart: Bool) -> Occurrence? {
        let rest = bytes[index...]
        func occurrence(_ field: HeaderField, labelLength: Int) -> Occurrence {
            Occurrence(field: field, labelStart: index, valueStart: bytes.endOfBlanks(from: index + labelLength))
        }
        switch bytes[index] {
        case UInt8(ascii: "E"):
            for label in ["E.O.", "E. O.", "EO "] where rest.hasPrefix(ignoringCase: label) {
                let after = bytes.endOfBlanks(from: index + label.utf8.count)
                if after + 5 <= bytes.endIndex, bytes[after..<after + 5].allSatisfy(\.isASCIIDigit) {
                    return occurrence(.executiveOrder, labelLength: 0)
                }
            }
        case UInt8(ascii: "T"), UInt8(ascii: "t"):
            if rest.hasPrefix(ignoringCase: "TAGS:") { return occurrence(.tags, labelLength: 5) }
            if rest.hasPrefix(Array("TAGS ".utf8)), lineStart { return occurrence(.tags, labelLength: 5) }
        case UInt8(ascii: "S"), UInt8(ascii: "s"):
            for label in ["SUBJECT:", "SUBJ:"] where rest.hasPrefix(ignoringCase: label) {
                return occurrence(.subject, labelLength: label.utf8.count)
            }
            if rest.hasPrefix(Array("SUBJECT ".utf8)), lineStart { return occurrence(.subject, labelLength: 8) }
            if rest.hasPrefix(ignoringCase: "SIPDIS"), bytes.isWordEnd(index + 6) {
                return occurrence(.sipdis, labelLength: 6)
            }
        case UInt8(ascii: "R"), UInt8(ascii: "r"):
            for label in ["REFTEL:", "REFS:", "REF:", "REFERENCE:", "REFERENCES:"]
            where rest.hasPrefix(ignoringCase: label) {
                return occurrence(.references, labelLength: label.utf8.count)
            }
            if lineStart, rest.hasPrefix(Array("REF ".utf8)) || rest.hasPrefix(Array("REFS ".utf8)) {
                return occurrence(.references, labelLength: rest.hasPrefix(Array("REF ".utf8)) ? 4 : 5)
            }
        case UInt8(ascii: "C"), UInt8(ascii: "c"):
            if rest.hasPrefix(ignoringCase: "CLASSIFIED BY") {
                var end = index + 13
                if end < bytes.endIndex, bytes[end] == ASCII.colon { end += 1 }
                return occurrence(.classifiedBy, labelLength: end - index)
            }
        default:
            break
        }
        return nil
    }
}
