/// Reads the lines of one cable into a `Cable`.
enum CableParser {
    /// Parses one cable's lines.
    static func parse(_ lines: [ByteText], encoding: SourceEncoding) -> Cable {
        let head = HeaderParser.parse(lines)
        var header = head.header
        let postWords = header.post.map { $0.split(separator: " ").map(String.init) } ?? []
        // NB: a cable sent in one section is one page even without page-break lines; with more sections and no
        // page lines the page of each unit is unknown.
        let pagesKnown = (header.sectionCount ?? 1) <= 1 || !head.pageTotals.isEmpty
        let body = BodyParser.parse(lines[head.bodyStart...], postWords: postWords, pagesKnown: pagesKnown)
        header.signature = body.signature
        let totals = head.pageTotals + body.pageTotals
        var pageCount: Int? = max(totals.max() ?? 0, header.sectionCount ?? 0, body.hasPageBreaks ? body.lastPage : 0)
        if pageCount == 0 { pageCount = pagesKnown ? 1 : nil }
        var warnings: [String] = []
        if !header.isCable {
            warnings.append("no cable header found: read as an untitled document of plain paragraphs")
        }
        if body.units.isEmpty { warnings.append("the body is empty: the text ends with the header") }
        return Cable(
            header: header, units: body.units, pageCount: pageCount, encoding: encoding, warnings: warnings,
            sourceLines: lines)
    }
}
