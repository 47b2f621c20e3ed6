/// Which yearly report a cable belongs to: the country it reports on, the report's year, the part it is of a report
/// sent in several cables (`PART 1 OF 2`), and whether it updates one sent before (`UPDATED`).
public struct ReportIdentity: Sendable, Equatable, Hashable {
    /// The cable's id (`09LIMA120`), or its title when the header gives none.
    public let cable: String
    /// The country, from the post that sent it, else from a country tag; nil when neither is known.
    public let country: String?
    /// The year of the report: the subject's year when it is the cable's year (or the next), else the cable's year.
    public let reportYear: Int?
    /// The part this cable is (`1` of `PART 1 OF 2`).
    public let part: Int?
    /// How many parts the report has (`2` of `PART 1 OF 2`).
    public let partCount: Int?
    /// Whether the subject says the cable updates, revises or corrects a report sent before.
    public let isUpdate: Bool

    /// Words of a subject that make a cable a resubmission of a report.
    static let updateWords: Set<String> = [
        "updated", "update", "revised", "revision", "corrected", "correction", "amended", "resubmission",
        "resubmitted",
    ]

    /// The identity of `cable`, its country found with `knowledge`.
    public init(_ cable: Cable, knowledge: GeneralKnowledge) {
        let header = cable.header
        self.cable = header.id ?? cable.title
        country =
            header.post.flatMap(knowledge.gazetteer.country(ofPost:))
            ?? header.tags.lazy.compactMap { tag in
                knowledge.glossary.entries(for: tag).first { $0.kind == .country }?.meaning
            }.first
        let words = (header.subject ?? "").lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init)
        let cableYear = header.dateTime?.year
        let named = words.compactMap { Int($0) }.first { year in
            cableYear.map { year == $0 || year == $0 + 1 } ?? (year > 1900 && year < 2100)
        }
        reportYear = named ?? cableYear
        let partAt = words.indices.first { index in
            words[index] == "part" && index + 3 < words.count && Int(words[index + 1]) != nil
                && words[index + 2] == "of" && Int(words[index + 3]) != nil
        }
        part = partAt.flatMap { Int(words[$0 + 1]) }
        partCount = partAt.flatMap { Int(words[$0 + 3]) }
        isUpdate = !ReportIdentity.updateWords.isDisjoint(with: words)
    }
}
