/// Reads the body below the header: page breaks out, signature off, blocks into an outline of units.
enum BodyParser {
    /// The units, the signature and the page facts of a body.
    struct Result {
        var units: [Unit]
        var signature: String?
        var pageTotals: [Int]
        var lastPage: Int
        var hasPageBreaks: Bool
    }

    /// Parses `lines` as a body; `postWords` names the post, for finding page-break lines, and `subject` is the
    /// header's, which a section's repeated header may bring back.
    static func parse(
        _ lines: ArraySlice<ByteText>, postWords: [String], subject: String? = nil, pagesKnown: Bool
    ) -> Result {
        let paged = PagedLines(lines, postWords: postWords, subject: subject)
        var bodyLines = paged.lines
        MessageTail.remove(from: &bodyLines)
        FooterLines.remove(from: &bodyLines)
        HyphenatedWords.rejoin(&bodyLines)
        bodyLines = InlineMarkers.split(FramedHeading.split(bodyLines))
        let signature = SignatureReader.extract(from: &bodyLines)
        let hasPageBreaks = !paged.totals.isEmpty
        if !hasPageBreaks, !pagesKnown {
            for index in bodyLines.indices { bodyLines[index].page = nil }
        }
        ContentsList.mark(&bodyLines)
        let units = OutlineBuilder.build(RawBlock.split(bodyLines))
        return Result(
            units: units, signature: signature, pageTotals: paged.totals, lastPage: paged.lastPage,
            hasPageBreaks: hasPageBreaks)
    }
}
