/// Reads the lines below the classification line: caveats, passing line, E.O., TAGS, SUBJECT, REF, Classified By.
///
/// A field's value runs on over the following lines until a blank line or the next label; the body starts at the
/// first line that opens with a paragraph marker, or at plain text once a blank line has closed the fields.
struct FieldReader {
    /// The subject and country tags known, upper case, to split run-together tags.
    let tagNames: Set<String>
    /// The post's words, to recognise page-break lines in the header region.
    var postWords: [String] = []
    /// Whether a labelled field (E.O., TAGS, SUBJECT) opens one of the next few lines.
    var fieldFollows = false
    /// Whether a field label opens one of the next three lines (a stray line before it is kept as a note).
    var labelFollowsClosely = false
    /// The text of the REF field, joined over its lines.
    var referenceText: String { referenceLines.joined(separator: " ") }
    /// The REF field's lines.
    private var referenceLines: [String] = []
    /// The label of the REF list's last entry (`B`), where it has one.
    private var lastReferenceLabel: String?
    /// The first line of the subject, whose style (capitals or not) its continuations follow.
    private var subjectStart: String?
    /// The SUBJECT field's lines.
    private var subjectLines: [String] = []
    /// The text of the TAGS field, joined over its lines.
    private var tagLines: [String] = []
    /// Whether the line just read was a numbered paragraph giving the classification authority.
    private(set) var opensAuthorityParagraph = false
    /// Totals of page-break lines met in the header region.
    private(set) var pageTotals: [Int] = []

    private var current: HeaderField?
    /// The field open before the last blank line.
    private var lastField: HeaderField?
    private var continuesPassing = false
    private var seen: [HeaderField] = []
    private var passingLines = 0

    /// A reader that knows these tags.
    init(tagNames: Set<String>) { self.tagNames = tagNames }

    private static let caveatWords: Set<String> = [
        "SENSITIVE", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "STADIS", "NOCONTRACT", "ORCON", "PROPIN", "SIPDIS",
    ]
    /// The words of a drafter's handling notice after `SENSITIVE BUT UNCLASSIFIED` (`PLEASE PROTECT ACCORDINGLY`,
    /// `NOT FOR INTERNET DISTRIBUTION`, `ENTIRE TEXT`).
    private static let handlingWords: Set<String> = [
        "please", "protect", "treat", "handle", "accordingly", "not", "for", "internet", "distribution", "entire",
        "text",
    ]

    /// Reads one line; returns false when the body starts at this line.
    mutating func read(line: ByteText, into header: inout Header) -> Bool {
        opensAuthorityParagraph = false
        var trimmed = line.trimmed
        // NB: spreadsheet rows end their lines with `\`.
        if trimmed.last == UInt8(ascii: "\\") { trimmed = trimmed.dropLast().trimmed }
        // NB: an older page header and the page's classification before it are no field's text.
        if OlderPageHeader.isClassificationOnly(trimmed) { return true }
        if let older = OlderPageHeader.find(in: trimmed) {
            trimmed = (trimmed[..<older.range.lowerBound] + [ASCII.space] + trimmed[older.range.upperBound...]).trimmed
            if trimmed.isEmpty { return true }
        }
        if trimmed.isEmpty {
            if current != nil { lastField = current }
            current = nil
            continuesPassing = false
            return true
        }
        let breaks = PageBreak.find(in: trimmed, postWords: postWords)
        if let only = breaks.first, breaks.count == 1, only.range == trimmed.startIndex..<trimmed.endIndex {
            pageTotals.append(only.total)
            return true
        }
        if !breaks.isEmpty {
            // NB: a page break inside a line (`REF: STATE 12 QUITO 00000321 001.2 OF 002`) is no field text.
            pageTotals += breaks.map(\.total)
            var kept: [UInt8] = []
            var start = trimmed.startIndex
            for found in breaks {
                kept += trimmed[start..<found.range.lowerBound] + [ASCII.space]
                start = found.range.upperBound
            }
            trimmed = (kept + trimmed[start...])[...].trimmed
        }
        if readsAuthority(trimmed, into: &header) { return true }
        let marker = BlockMarker(trimmed)
        if continuesReferences(trimmed, marker: marker) {
            // NB: the entry's line may carry the next field (`C. CAIRO 458 Classified By: ...`).
            current = .references
            return read(trimmed.string, into: &header)
        }
        if let marker {
            let content = trimmed[marker.contentStart...].trimmed
            guard content.hasPrefix(ignoringCase: "CLASSIFIED BY") else { return false }
            // NB: older cables give the authority as the first paragraph: `1. (U) CLASSIFIED BY ...`; the header
            // reads it, and the body still starts at its number.
            if case .numbered = marker.kind { opensAuthorityParagraph = true }
            return read(content.string, into: &header)
        }
        return read(trimmed.string, into: &header)
    }

    /// Reads a line of the classification authority that a line break or a blank line cut from its label: the
    /// reasons the field left open (`1.4 (b) and (d).`, `(C), (D)`), or the field itself under `BY:` alone.
    private mutating func readsAuthority(_ line: ByteText, into header: inout Header) -> Bool {
        let text = line.string
        if let authority = header.classifiedBy {
            guard current == .classifiedBy || (current == nil && lastField == .classifiedBy),
                AuthorityReader.continues(authority, with: text)
            else { return false }
            append(text, to: .classifiedBy, in: &header)
        } else {
            guard let value = AuthorityReader.labelledByAlone(text) else { return false }
            header.classifiedBy = value
            dropLabelStart()
        }
        current = .classifiedBy
        seen.insertOnce(.classifiedBy)
        return true
    }

    /// `... WELCOME CLASSIFIED` above `BY: ...`: the label's first word, left at the end of the subject, goes.
    private mutating func dropLabelStart() {
        guard let last = subjectLines.last, last.uppercased().hasSuffix(" CLASSIFIED") else { return }
        subjectLines[subjectLines.count - 1] = String(last.dropLast(" CLASSIFIED".count))
    }

    /// Whether `line` is the next entry of the REF list: a lettered entry while the list is open, or one labelled
    /// with the letter after the list's last label (`¶B.` or `B)` after a blank line, `(C)` that is no marking).
    private func continuesReferences(_ line: ByteText, marker: BlockMarker?) -> Bool {
        guard current == .references || (current == nil && lastField == .references) else { return false }
        if current == .references, let marker, case .lettered = marker.kind { return true }
        guard let letter = ReferenceParser.items(in: line.string).first?.label,
            let last = lastReferenceLabel, let next = ReferenceParser.letter(after: last)
        else { return false }
        return letter == next
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
            seen.insertOnce(occurrence.field)
            continuesPassing = false
            lastField = nil
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
            if continues(current, with: text, in: header) {
                append(text, to: current, in: &header)
                return true
            }
            self.current = nil
        }
        let words = text.split(separator: " ").map { $0.uppercased() }
        if words.allSatisfy({ FieldReader.caveatWords.contains($0) }) || text == "SENSITIVE BUT UNCLASSIFIED" {
            header.caveats += words.count > 1 && text.hasSuffix("UNCLASSIFIED") ? [text] : words
            return true
        }
        if FieldReader.isHandlingNotice(text) {
            header.notes.append(text)
            return true
        }
        let fieldsBegun = seen.contains(.executiveOrder) || seen.contains(.tags) || seen.contains(.subject)
        // NB: a labelled field a few lines below vouches for any number of lines above it; without one, only a
        // few lines in capitals pass for a passing line.
        if !fieldsBegun, text.utf8.count <= 160,
            fieldFollows || (passingLines < 8 && text.isMostlyCapitals)
        {
            header.passing = header.passing.map { $0 + (continuesPassing ? " " : "; ") + text } ?? text
            passingLines += 1
            continuesPassing = true
            return true
        }
        if fieldsBegun, labelFollowsClosely {
            header.notes.append(text)
            return true
        }
        return false
    }

    /// Whether a line is a drafter's handling notice and nothing else (`Sensitive but unclassified -- please protect
    /// accordingly.`): the header's, not text before the first paragraph. A notice with the body run on after it
    /// is left to the body.
    static func isHandlingNotice(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }
        guard words.count > 3, words.prefix(3) == ["sensitive", "but", "unclassified"] else { return false }
        return words.dropFirst(3).allSatisfy { handlingWords.contains(String($0)) }
    }

    /// Whether a plain line continues the open field: a TAGS list goes on with tags only, a SUBJECT in its own
    /// style; the other fields run on to a blank line or the next label.
    private func continues(_ field: HeaderField, with text: String, in header: Header) -> Bool {
        switch field {
        case .tags: TagReader.isTagLine(text)
        case .subject: subjectStart.map { SubjectText.continues($0, with: text) } ?? true
        default: true
        }
    }

    /// Cuts a body glued after the REF list or the subject (`REF: STATE 74305 (SBU) According to ...`) out of
    /// the field, and returns the body's text.
    mutating func cutGluedBody() -> String? {
        if let glued = GluedFieldBody.split(referenceText, afterCitations: true) {
            referenceLines = [glued.field]
            return glued.body
        }
        guard let glued = GluedFieldBody.split(SubjectText.joined(subjectLines), afterCitations: false) else {
            return nil
        }
        subjectLines = [glued.field]
        return glued.body
    }

    /// Derives what needs the whole header region: the tags from their joined text, the cleaned subject and the
    /// classification authority.
    func finish(_ header: inout Header) {
        header.tags = TagReader(tagNames: tagNames).tags(in: tagLines.joined(separator: " "))
        if !subjectLines.isEmpty { header.subject = SubjectText.cleaned(SubjectText.joined(subjectLines)) }
        header.classifier = header.classifiedBy.map(AuthorityReader.read)
        header.declassification = header.executiveOrder.flatMap(FieldReader.declassification)
    }

    private mutating func append(_ value: String, to field: HeaderField, in header: inout Header) {
        // NB: appended in place, so that a field of many lines costs its length, not its square.
        func join(_ text: inout String?) {
            if text == nil || text!.isEmpty {
                text = value
            } else if !value.isEmpty {
                text!.append(" " + value)
            }
        }
        switch field {
        case .executiveOrder: join(&header.executiveOrder)
        case .tags: tagLines.append(value)
        case .subject:
            subjectLines.append(value)
            if subjectStart == nil, !value.isEmpty { subjectStart = value }
        case .references:
            if !value.isEmpty { referenceLines.append(value) }
            if let label = ReferenceParser.items(in: value).last?.label { lastReferenceLabel = label }
        case .classifiedBy: join(&header.classifiedBy)
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
}
