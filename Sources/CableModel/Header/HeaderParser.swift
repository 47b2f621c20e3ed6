/// Reads a cable's header: the transmission envelope, the classification line and the labelled fields below it.
struct HeaderParser {
    /// The header read, where the body starts, the page breaks met in the header region, problems worded for
    /// the user, and the text of a body glued after the REF list or the subject.
    struct Result {
        var header: Header
        var bodyStart: Int
        var pageTotals: [Int]
        var warnings: [String]
        var gluedBody: String? = nil
        /// Whether the body opens with a numbered paragraph that gives the classification authority (read into the
        /// header as well).
        var authorityIsParagraph = false
    }

    /// How far down a classification line is looked for.
    private static let classificationSearchLimit = 250

    /// Parses the header at the top of `lines`, reading REF lines and tags with the posts and tags of `knowledge`;
    /// `name` is the source's file name, which gives the year when the header gives no date (see `NamedCableID`).
    static func parse(_ lines: [ByteText], knowledge: GeneralKnowledge, name: String? = nil) -> Result {
        var header = Header()
        let classificationIndex = findClassificationLine(lines)
        let envelopeEnd = classificationIndex ?? envelopeLength(lines)
        var envelope = EnvelopeReader()
        for line in lines[..<envelopeEnd] { envelope.read(line.trimmed.string, into: &header) }
        var fields = FieldReader(tagNames: knowledge.tagNames)
        var index = envelopeEnd
        if let classificationIndex, let line = ClassificationLine(lines[classificationIndex].string) {
            if !line.before.isEmpty { envelope.read(line.before, into: &header) }
            header.classification = line.classification
            header.caveats = line.caveats
            header.sectionCount = line.sectionCount
            header.post = line.post
            header.number = line.number
            fields.postWords = line.post.map { $0.split(separator: " ").map(String.init) } ?? []
            if !line.after.isEmpty { _ = fields.read(line.after, into: &header) }
            index = classificationIndex + 1
        }
        guard header.isCable || envelopeEnd > 0 else {
            return Result(header: header, bodyStart: 0, pageTotals: [], warnings: [])
        }
        var authorityParagraph: Int?
        while index < lines.count {
            fields.fieldFollows = labelledFieldFollows(lines, after: index)
            fields.labelFollowsClosely = fieldLabelFollowsClosely(lines, after: index)
            if !fields.read(line: lines[index], into: &header) { break }
            if authorityParagraph == nil, fields.opensAuthorityParagraph { authorityParagraph = index }
            index += 1
        }
        let gluedBody = fields.cutGluedBody()
        fields.finish(&header)
        var warnings: [String] = []
        if let correction = serialCorrection(header) {
            header.number = correction.serial
            warnings.append(
                "the classification line gives the cable number \(correction.typed), the message's serial "
                    + "(DE line) \(correction.serial): the id uses the serial")
        }
        if header.post == nil || header.number == nil { fillPostAndNumberFromEnvelope(&header) }
        // NB: a cable whose classification line is missing still carries its level in the envelope's marker.
        if header.classification == nil {
            header.classification = header.transmission.lazy.compactMap(TransmissionLine.securityLevel).first
        }
        let year = header.dateTime?.year ?? NamedCableID.year(in: name, post: header.post, number: header.number)
        if header.dateTime == nil, let year {
            warnings.append("the header gives no date: the year of its id (\(year)) comes from the file name")
        }
        header.id = cableID(header, year: year)
        let citations = CitationReader(posts: knowledge.posts, ownPost: header.post, year: year)
        header.references = ReferenceParser(citations: citations).parse(fields.referenceText)
        header.caveats = header.caveats.uniqued()
        header.to = header.to.uniqued()
        header.info = header.info.uniqued()
        header.excluded = header.excluded.uniqued()
        header.transmission = header.transmission.uniqued()
        return Result(
            header: header, bodyStart: authorityParagraph ?? index, pageTotals: fields.pageTotals, warnings: warnings,
            gluedBody: gluedBody, authorityIsParagraph: authorityParagraph != nil)
    }

    /// The classification line, searched above the first numbered paragraph: the first that names the post and
    /// number below the FM line (a page may repeat it above the envelope), else the first that names them, else
    /// the first bare one.
    private static func findClassificationLine(_ lines: [ByteText]) -> Int? {
        var bare: Int?
        var numbered: Int?
        var originLine: Int?
        for (index, line) in lines.prefix(classificationSearchLimit).enumerated() {
            let trimmed = line.trimmed
            if trimmed.isEmpty { continue }
            if let marker = BlockMarker(trimmed), case .numbered = marker.kind { break }
            if originLine == nil, trimmed.hasPrefix(Array("FM ".utf8)) { originLine = index }
            guard let found = classificationLine(trimmed) else { continue }
            if found.number == nil, originLine != nil, pageHeaderFollows(lines, after: index) { continue }
            if found.number != nil {
                if let originLine, index > originLine { return index }
                if numbered == nil { numbered = index }
            } else if bare == nil {
                bare = index
            }
        }
        return numbered ?? bare
    }

    /// Lines longer than this are a classification line only when its post and number follow the level early on.
    private static let classificationLineLength = 400

    /// The classification line `line` holds. A longer line (a header flattened onto one line, an export's field)
    /// holds one only when its first `classificationLineLength` bytes give the post and number.
    private static func classificationLine(_ line: ByteText) -> ClassificationLine? {
        let opening = line.prefix(classificationLineLength)
        guard ClassificationLine.mightStandIn(opening) else { return nil }
        guard line.count > classificationLineLength else { return ClassificationLine(line.string) }
        guard ClassificationLine(opening.string)?.number != nil else { return nil }
        return ClassificationLine(line.string)
    }

    /// Whether the next line with text is an older page header: a bare classification before it marks a page's
    /// foot (inside a TO or INFO list), not the cable's classification line.
    private static func pageHeaderFollows(_ lines: [ByteText], after index: Int) -> Bool {
        guard let next = lines[(index + 1)...].first(where: { !$0.trimmed.isEmpty }) else { return false }
        return TransmissionLine.isPageHeader(next.trimmed.string)
    }

    /// Offices whose FM line names the post after them (`AMEMBASSY TEL AVIV`).
    private static let postOffices: Set<String> = ["AMEMBASSY", "AMCONSUL", "USMISSION", "USINT", "AMCONGEN", "AMEMB"]

    /// Without a post and number on the classification line: the number from the DE line (`#2502/01`) and the
    /// post from the FM line, where both are written.
    private static func fillPostAndNumberFromEnvelope(_ header: inout Header) {
        if header.number == nil { header.number = serial(header) }
        if header.post == nil, let origin = header.origin {
            let words = origin.split(separator: " ").map(String.init)
            if words.first == "SECSTATE" {
                header.post = "STATE"
            } else if let first = words.first, postOffices.contains(first), words.count > 1 {
                header.post = words.dropFirst().joined(separator: " ")
            }
        }
    }

    /// The message's own serial number, from the DE line (`DE RUEHMK #0412/01 1231200` gives 412).
    private static func serial(_ header: Header) -> Int? {
        guard let station = header.transmission.first(where: TransmissionLine.isStation),
            let hash = station.firstIndex(of: "#")
        else { return nil }
        return Int(station[station.index(after: hash)...].prefix(while: \.isASCIIDigitCharacter))
    }

    /// The DE line's serial where the classification line types another number: the serial is the message's
    /// own. It has four digits, so it decides only for numbers below 10000 (`#0909` fits `10909`).
    private static func serialCorrection(_ header: Header) -> (serial: Int, typed: Int)? {
        guard let typed = header.number, typed < 10_000, let serial = serial(header), serial > 0, serial != typed
        else { return nil }
        return (serial, typed)
    }

    /// Without a classification line: the leading lines that belong to a transmission envelope.
    private static func envelopeLength(_ lines: [ByteText]) -> Int {
        var reader = EnvelopeReader()
        var scratch = Header()
        var end = 0
        for (index, line) in lines.prefix(classificationSearchLimit).enumerated() {
            let text = line.trimmed.string
            if text.isEmpty {
                reader.read(text, into: &scratch)
                continue
            }
            guard reader.recognises(text) else { break }
            reader.read(text, into: &scratch)
            end = index + 1
        }
        return scratch.isCable ? end : 0
    }

    /// Whether one of the next lines opens with E.O., TAGS or SUBJECT: plain lines before it are still header.
    private static func labelledFieldFollows(_ lines: [ByteText], after index: Int) -> Bool {
        lines[(index + 1)...].prefix(8).contains { line in
            let text = line.trimmed
            return ["E.O.", "EO 1", "TAGS", "SUBJECT"].contains { text.hasPrefix(ignoringCase: $0) }
        }
    }

    /// Whether one of the next three lines opens with a field label (REF, Classified By, E.O., TAGS, SUBJECT),
    /// before any paragraph.
    private static func fieldLabelFollowsClosely(_ lines: [ByteText], after index: Int) -> Bool {
        for line in lines[(index + 1)...].prefix(3) {
            let text = line.trimmed
            if BlockMarker(text) != nil { return false }
            for label in ["REF", "CLASSIFIED BY", "E.O.", "EO 1", "TAGS", "SUBJECT"]
            where text.hasPrefix(ignoringCase: label) {
                return true
            }
        }
        return false
    }

    /// Year of the date (or of `year`), post without spaces, number without zeros: `09LIMA120`.
    private static func cableID(_ header: Header, year: Int?) -> String? {
        guard let year, let post = header.post, let number = header.number else { return nil }
        let shortYear = year % 100
        return (shortYear < 10 ? "0" : "") + "\(shortYear)" + post.replacingSpaces() + "\(number)"
    }
}

extension String {
    /// The string without spaces.
    func replacingSpaces() -> String { String(filter { $0 != " " }) }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    ///
    /// NB: a header's lists are short, and a short one is compared element by element: a `Set` of a new element
    /// type (`Addressee`) makes the runtime search the binary's conformance records for `Hashable` on its first
    /// use, about 0.2M instructions before the browser's first frame. A long list still goes through a set.
    func uniqued() -> [Element] {
        if count <= 16 {
            var kept: [Element] = []
            for element in self where !kept.contains(element) { kept.append(element) }
            return kept
        }
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
