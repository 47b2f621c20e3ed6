import CableLibrary
import CableModel

/// The cables of the library that a filter keeps (`tag:KTIP subject:trafficking date:2005..2010`), parsed again by
/// the model from their stored text, one at a time, for the tables across cables.
///
/// NB: the model derives the reports' figures again rather than reading the `figure` rows: the cross-cable tables
/// need what those rows do not hold (attribution, category, the questionnaire's action, relevance, the sentence, the
/// report's country from the gazetteer), and deriving them with the code `stats FILE...` runs makes the two agree by
/// construction (docs/DECISIONS.md).
struct LibrarySelection {
    /// The filter as typed.
    let text: String
    /// The cables it keeps, by date.
    let cables: [CableSummary]

    /// The cables of `library` that `arguments` (a filter) keep; a filter that cannot be read, or a library that
    /// cannot answer, prints its message and throws the status to exit with.
    init(_ arguments: [String], in library: Library) throws {
        text = QueryText.joined(arguments)
        let query = try QueryText.parse(text)
        cables = try LibraryCable.wrapping { () throws(LibraryError) in try library.list(query, sort: .date) }
    }

    /// Each kept cable as a report with its figures, read and derived one at a time (a count on standard error when
    /// it takes long); a cable whose stored text is damaged is named and skipped.
    func reports(from library: Library) throws -> [(report: ReportIdentity, figures: [ReportFigure])] {
        let progress = CountProgress(enabled: StandardStreams.errorIsTerminal, noun: "cables")
        defer { progress.clear() }
        var reports: [(report: ReportIdentity, figures: [ReportFigure])] = []
        for (position, summary) in cables.enumerated() {
            progress.show(position, of: cables.count)
            if let cable = try LibrarySelection.parsed(summary, from: library) {
                reports.append(StatsCommand.report(cable))
            }
        }
        return reports
    }

    /// The kept cables themselves, parsed again (for the per-cable tables of `--table figures`).
    func parsedCables(from library: Library) throws -> [Cable] {
        try cables.compactMap { try LibrarySelection.parsed($0, from: library) }
    }

    /// A cable parsed again from its stored text; nil, after saying so, when the stored text is damaged.
    private static func parsed(_ summary: CableSummary, from library: Library) throws -> Cable? {
        let source = try LibraryCable.wrapping { () throws(LibraryError) in try library.source(of: summary.key) }
        guard let source else {
            StandardStreams.printError("cablegram: \(summary.id): the stored text is damaged; index its file again")
            return nil
        }
        return CableLoader.parse(source, knowledge: BundledKnowledge.lists)
    }
}
