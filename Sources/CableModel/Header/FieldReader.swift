/// Reads the lines below the classification line: caveats, passing line, E.O., TAGS, SUBJECT, REF, Classified By.
///
/// A field's value runs on over the following lines until a blank line or the next label; the body starts at the
/// first line that opens with a paragraph marker, or at plain text once a blank line has closed the fields.
struct FieldReader {
    /// The post's words, to recognise page-break lines in the header region.
    var postWords: [String] = []
    /// Whether a labelled field (E.O., TAGS, SUBJECT) opens one of the next few lines.
    var fieldFollows = false
    /// The text of the REF field, joined over its lines.
    private(set) var referenceText = ""
    /// Totals of page-break lines met in the header region.
    private(set) var pageTotals: [Int] = []

    private var current: HeaderField?
    private var continuesPassing = false
    private var seen = Set<HeaderField>()
    private var passingLines = 0

    private static let caveatWords: Set<String> = [
        "SENSITIVE", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "STADIS", "NOCONTRACT", "ORCON", "PROPIN", "SIPDIS",
    ]

    /// Reads one line; returns false when the body starts at this line.
    mutating func read(line: ByteText, into header: inout Header) -> Bool {
        var trimmed = line.trimmed
        // NB: an older page header and the page's classification before it are no field's text.
        if OlderPageHeader.isClassificationOnly(trimmed) { return true }
        if let older = OlderPageHeader.find(in: trimmed) {
            trimmed = (trimmed[..<older.range.lowerBound] + [ASCII.space] + trimmed[older.range.upperBound...]).trimmed
            if trimmed.isEmpty { return true }
        }
        if trimmed.isEmpty {
            current = nil
            continuesPassing = false
            return true
        }
        let breaks = PageBreak.find(in: trimmed, postWords: postWords)
        if let only = breaks.first, breaks.count == 1, only.range == trimmed.startIndex..<trimmed.endIndex {
            pageTotals.append(only.total)
            return true
        }
        if let marker = BlockMarker(trimmed) {
            guard current == .references, case .lettered = marker.kind else { return false }
            append(trimmed.string, to: .references, in: &header)
            return true
        }
        return read(trimmed.string, into: &header)
    }

    /// Reads the labelled fields of one line's text; returns false when it is plain text that starts the body.
    mutating func read(_ text: String, into header: inout Header) -> Bool {
        let bytes = Array(text.utf8)[...]
        let occurrences = HeaderField.occurrences(in: text, seen: seen)
        let prefixEnd = occurrences.first?.labelStart ?? bytes.endIndex
        let prefix = bytes[..<prefixEnd].trimmed.string
        if !prefix.isEmpty, !readPlain(prefix, into: &header), occurrences.isEmpty { return false }
        for (position, occurrence) in occurrences.enumerated() {
            let end = position + 1 < occurrences.count ? occurrences[position + 1].labelStart : bytes.endIndex
            let value = bytes[occurrence.valueStart..<max(end, occurrence.valueStart)].trimmed.string
            seen.insert(occurrence.field)
            continuesPassing = false
            if occurrence.field == .sipdis {
                header.caveats.append("SIPDIS")
                if !value.isEmpty { _ = readPlain(value, into: &header) }
                current = nil
                continue
            }
            current = occurrence.field
            append(value, to: occurrence.field, in: &header)
        }
        return true
    }

    /// Plain text: the continuation of the open field, caveat words, or a passing line.
    private mutating func readPlain(_ text: String, into header: inout Header) -> Bool {
        if let current {
            append(text, to: current, in: &header)
            return true
        }
        let words = text.split(separator: " ").map { $0.uppercased() }
        if words.allSatisfy({ FieldReader.caveatWords.contains($0) }) || text == "SENSITIVE BUT UNCLASSIFIED" {
            header.caveats += words.count > 1 && text.hasSuffix("UNCLASSIFIED") ? [text] : words
            return true
        }
        let fieldsBegun = seen.contains(.executiveOrder) || seen.contains(.tags) || seen.contains(.subject)
        // NB: a labelled field a few lines below vouches for any number of lines above it; without one, only a
        // few lines in capitals pass for a passing line.
        if !fieldsBegun, text.utf8.count <= 160,
            fieldFollows || (passingLines < 8 && FieldReader.looksLikePassing(text))
        {
            header.passing = header.passing.map { $0 + (continuesPassing ? " " : "; ") + text } ?? text
            passingLines += 1
            continuesPassing = true
            return true
        }
        return false
    }

    /// Office names are written in capitals: few lower-case letters.
    private static func looksLikePassing(_ text: String) -> Bool {
        var lower = 0
        var letters = 0
        for byte in text.utf8 where byte.isASCIILetter {
            letters += 1
            if byte.isASCIILower { lower += 1 }
        }
        return letters > 0 && lower * 5 < letters
    }

    private mutating func append(_ value: String, to field: HeaderField, in header: inout Header) {
        func joined(_ old: String?) -> String {
            guard let old, !old.isEmpty else { return value }
            return value.isEmpty ? old : old + " " + value
        }
        switch field {
        case .executiveOrder:
            header.executiveOrder = joined(header.executiveOrder)
            header.declassification = FieldReader.declassification(in: header.executiveOrder ?? "")
        case .tags: header.tags += FieldReader.tags(in: value)
        case .subject: header.subject = joined(header.subject)
        case .references: referenceText = joined(referenceText)
        case .classifiedBy: header.classifiedBy = joined(header.classifiedBy)
        case .sipdis: break
        }
    }

    /// `E.O. 12958: DECL: 07/02/2016` gives `07/02/2016`.
    static func declassification(in line: String) -> String? {
        let bytes = Array(line.utf8)[...]
        guard let index = bytes.firstIndex(ofIgnoringCase: "DECL") else { return nil }
        var start = index + 4
        while start < bytes.endIndex, bytes[start] == ASCII.colon || bytes[start].isBlank { start += 1 }
        let value = bytes[start...].trimmed.string
        return value.isEmpty ? nil : value
    }

    /// `[PGOV](#) [PHUM](#)`, `PREL, PGOV,` or `PGOV PHUM`: the tags without link residue and separators.
    static func tags(in value: String) -> [String] {
        var cleaned = value.replacing("](#)", with: " ")
        cleaned = String(cleaned.map { $0 == "[" || $0 == "," || $0 == ";" ? " " : $0 })
        return cleaned.split(separator: " ").map(String.init).filter { !$0.isEmpty }
    }
}
