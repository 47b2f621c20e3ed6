/// Reads the lines of one cable into a `Cable`.
enum CableParser {
    /// Parses one cable's decoded text, reading REF lines and tags with `knowledge`; `name` is its file's name.
    static func parse(_ source: SourceText, knowledge: GeneralKnowledge, name: String? = nil) -> Cable {
        var lines = source.lines
        guard let row = SpreadsheetRow(lines) ?? SpreadsheetRow(unquoted: lines) else {
            if BackslashLines.endMostLines(lines) { lines = lines.map(BackslashLines.dropping) }
            return parse(lines, encoding: source.encoding, knowledge: knowledge, name: name)
        }
        return parse(row.lines, encoding: source.encoding, knowledge: knowledge, row: row, name: name)
    }

    /// Parses one cable's lines; a spreadsheet row's own columns fill what the text does not say. An envelope
    /// repeated before the first paragraph (`RepeatedEnvelope`) starts the reading again; `sourceLines` are then the
    /// file's lines above it too. `notes` are kept in the header (a record's fields that the rereading passed over).
    ///
    /// NB: the text is read again at most twice, once from a repeated envelope and once without a glued copy: a
    /// text made of envelopes alone would otherwise be read again for each (the fuzzer's stack overflow).
    static func parse(
        _ lines: [ByteText], encoding: SourceEncoding, knowledge: GeneralKnowledge, row: SpreadsheetRow? = nil,
        name: String? = nil, sourceLines: [ByteText]? = nil, rereading: Rereading = .none, notes: [String] = []
    ) -> Cable {
        let head = HeaderParser.parse(lines, knowledge: knowledge, name: name)
        if rereading == .none,
            let repeated = RepeatedEnvelope.find(in: lines, bodyStart: head.bodyStart, dateTime: head.header.dateTime)
        {
            var rest = Array(lines[repeated.line...])
            rest[0] = rest[0][repeated.column...]
            return parse(
                rest, encoding: encoding, knowledge: knowledge, row: row, name: name,
                sourceLines: sourceLines ?? lines, rereading: .fromRepeatedEnvelope)
        }
        if rereading == .none,
            let repeated = RepeatedClassificationLine.find(
                in: lines, bodyStart: head.bodyStart, post: head.header.post, number: head.header.number)
        {
            let record = parse(
                repeated.lines(lines), encoding: encoding, knowledge: knowledge, row: row, name: name,
                sourceLines: sourceLines ?? lines, rereading: .fromRepeatedEnvelope, notes: repeated.recordFields)
            // NB: a record that repeats the header alone leaves the preview's text the only body there is.
            if !record.units.isEmpty { return record }
        }
        if rereading != .withoutCopy,
            let copy = RepeatedEnvelope.copy(in: lines, bodyStart: head.bodyStart, dateTime: head.header.dateTime)
        {
            let kept = Array(lines[..<copy.line]) + [BackslashLines.dropping(lines[copy.line][..<copy.column])]
            return parse(
                kept, encoding: encoding, knowledge: knowledge, row: row, name: name,
                sourceLines: sourceLines ?? lines, rereading: .withoutCopy, notes: notes)
        }
        var header = head.header
        header.notes += notes
        if let row { row.fill(&header) }
        let postWords = header.post.map { $0.split(separator: " ").map(String.init) } ?? []
        // NB: a cable sent in one section is one page even without page-break lines; with more sections and no
        // page lines the page of each unit is unknown.
        let pagesKnown = (header.sectionCount ?? 1) <= 1 || !head.pageTotals.isEmpty
        var bodyLines = lines[head.bodyStart...]
        if let glued = head.gluedBody {
            bodyLines = (gluedBody(glued, in: lines, before: head.bodyStart) + bodyLines)[...]
        }
        if !head.authorityIsParagraph, let field = header.classifiedBy, let glued = GluedAuthorityBody.split(field) {
            header.classifiedBy = glued.authority
            header.classifier = AuthorityReader.read(glued.authority)
            bodyLines = (gluedBody(glued.body, in: lines, before: head.bodyStart) + bodyLines)[...]
        }
        let body = BodyParser.parse(bodyLines, postWords: postWords, subject: header.subject, pagesKnown: pagesKnown)
        header.signature = body.signature
        // NB: without a classification line or an envelope marker, the highest portion marking gives the level.
        if header.classification == nil, header.isCable {
            header.classification = PortionMarking.highestLevel(body.units.compactMap(\.marking))
        }
        let totals = head.pageTotals + body.pageTotals
        var pageCount: Int? = max(totals.max() ?? 0, header.sectionCount ?? 0, body.hasPageBreaks ? body.lastPage : 0)
        if pageCount == 0 { pageCount = pagesKnown ? 1 : nil }
        var warnings = head.warnings
        if !header.isCable {
            warnings.append("no cable header found: read as an untitled document of plain paragraphs")
        }
        if body.units.isEmpty { warnings.append("the body is empty: the text ends with the header") }
        return Cable(
            header: header, units: body.units, pageCount: pageCount, encoding: encoding, warnings: warnings,
            sourceLines: sourceLines ?? lines)
    }

    /// The lines of a body glued to a header field (`Classified By:`, REF, SUBJECT), cut from the file's own lines so that its units keep
    /// their place in the file: from where the body starts on its line to the end of the field.
    private static func gluedBody(_ body: String, in lines: [ByteText], before bodyStart: Int) -> [ByteText] {
        // NB: the field joined its lines with spaces, so only the body's first words are looked for on one line.
        let opening = body.split(separator: " ").prefix(3).joined(separator: " ")
        for index in stride(from: bodyStart - 1, through: 0, by: -1) {
            guard let start = lines[index].firstIndex(ofIgnoringCase: opening) else { continue }
            let wrapped = lines[(index + 1)..<bodyStart].prefix { !$0.isBlankLine }
            // NB: the blank line that closed the field still parts the glued body from the paragraph below it.
            let closed = index + 1 + wrapped.count < bodyStart
            return [lines[index][start...]] + wrapped + (closed ? [[][...]] : [])
        }
        return [Array(body.utf8)[...]]
    }

    /// How far the text has been read again (`parse`'s NB).
    enum Rereading {
        case none, fromRepeatedEnvelope, withoutCopy
    }
}
