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
    static func occurrences(in line: String, seen: [HeaderField]) -> [Occurrence] {
        let bytes = Array(line.utf8)[...]
        var found: [Occurrence] = []
        var index = bytes.startIndex
        var seen = seen
        while index < bytes.endIndex {
            if bytes.isWordStart(index) || mayStartGluedLabel(bytes, at: index),
                let occurrence = match(bytes, at: index, lineStart: index == 0),
                !seen.contains(occurrence.field),
                // NB: `reasons: E.O. 12958 1.4 (b,d)`: the order cited as a reason is no field.
                occurrence.field != .executiveOrder || found.last?.field != .classifiedBy
            {
                found.append(occurrence)
                if occurrence.field != .sipdis { seen.insertOnce(occurrence.field) }
                index = occurrence.valueStart
                continue
            }
            index += 1
        }
        return found
    }

    /// `...VISIT TO PERUREF: LIMA 120`, `LIMA 120Classified By:`: a label the conversion glued to the word
    /// before it; only `REF:` in capitals after a capital, and `Classified By` after a digit.
    private static func mayStartGluedLabel(_ bytes: ByteText, at index: Int) -> Bool {
        guard index > bytes.startIndex else { return false }
        let before = bytes[index - 1]
        let rest = bytes[index...]
        if before.isASCIILetter, !before.isASCIILower {
            return rest.hasPrefix(Array("REF:".utf8)) || rest.hasPrefix(Array("REFS:".utf8))
        }
        return before.isASCIIDigit && rest.hasPrefix(ignoringCase: "CLASSIFIED BY")
    }

    /// `TAGS:`, `Tags:`, `TAGS;`, `TAG:` and the misspellings `TAS:`, `TABS:`; at the start of a line also `TAGS`,
    /// `tags` and `TAG` without a colon. The label's length.
    private static func tagsLabel(_ rest: ByteText, lineStart: Bool) -> Int? {
        for label in ["TAGS:", "TAGS;", "TAG:", "TAS:", "TABS:"] where rest.hasPrefix(ignoringCase: label) {
            return label.utf8.count
        }
        guard lineStart else { return nil }
        for label in ["TAGS ", "TAG "] where rest.hasPrefix(ignoringCase: label) { return label.utf8.count }
        return nil
    }

    /// `REF:`, `REFS:`, `Ref(s):`, `REFTEL:`, `REF.`, `REFERENCES:`; at the start of a line also `REF`, `REFS` and
    /// `Reftel` without a colon. The label's length.
    private static func referenceLabel(_ rest: ByteText, lineStart: Bool) -> Int? {
        for label in ["REFTELS:", "REFTEL:", "REFS:", "REF(S):", "REF:", "REF.", "REFERENCES:", "REFERENCE:"]
        where rest.hasPrefix(ignoringCase: label) {
            return label.utf8.count
        }
        guard lineStart else { return nil }
        for label in ["REFTEL ", "REFS ", "REF "] where rest.hasPrefix(ignoringCase: label) {
            return label.utf8.count
        }
        return nil
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
            if let length = tagsLabel(rest, lineStart: lineStart) { return occurrence(.tags, labelLength: length) }
        case UInt8(ascii: "S"), UInt8(ascii: "s"):
            for label in ["SUBJECT:", "SUBJ:"] where rest.hasPrefix(ignoringCase: label) {
                return occurrence(.subject, labelLength: label.utf8.count)
            }
            if rest.hasPrefix(Array("SUBJECT ".utf8)), lineStart { return occurrence(.subject, labelLength: 8) }
            if rest.hasPrefix(ignoringCase: "SIPDIS"), bytes.isWordEnd(index + 6) {
                return occurrence(.sipdis, labelLength: 6)
            }
        case UInt8(ascii: "R"), UInt8(ascii: "r"):
            if let length = referenceLabel(rest, lineStart: lineStart) {
                return occurrence(.references, labelLength: length)
            }
        case UInt8(ascii: "U"):
            // NB: `UBJECT:`, a SUBJECT label that lost its first letter.
            if lineStart, rest.hasPrefix(Array("UBJECT:".utf8)) { return occurrence(.subject, labelLength: 7) }
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

extension [HeaderField] {
    /// Adds `field` unless it is there already.
    ///
    /// NB: the fields seen are a list, not a `Set`: a set of a new element type makes the runtime search the
    /// binary's conformance records for `Hashable` on its first use (about 0.2M instructions before the first frame).
    mutating func insertOnce(_ field: HeaderField) {
        if !contains(field) { append(field) }
    }
}
