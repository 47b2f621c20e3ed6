/// What the attribution rows read about the field a citation stands in: its sentences and instruments, gathered
/// once per field, and the citations written before the current one, gathered as the collector walks the field.
///
/// NB: each row asks about the text before a citation; answering from tables built once keeps a paragraph of
/// thousands of citations (a pasted list, a hostile file) linear instead of rescanning the field for each one.
struct FieldAttribution {
    /// The field's sentence starts, in order.
    private let sentenceStarts: [Int]
    /// The field's instruments in order of position (the scanner never lets two overlap).
    private let instruments: [InstrumentName]
    /// The canonical key of each of `instruments`.
    private let instrumentKeys: [String]
    /// For each of `instruments`, the position of the nearest one before it with another canonical key (-1: none).
    private let previousOtherKey: [Int]
    /// The key of the instrument whose name ends at a position.
    private let instrumentEnding: [Int: String]
    /// Where each canonical key's name first ends in the field.
    private let firstNameEnd: [String: Int]
    /// The laws the field describes only in lower case (`the nuclear draft law`), in order of position.
    private let lowerCaseInstruments: [InstrumentName]
    /// The laws the field describes only by when they stand (`the new law`), in order of position.
    private let unspecificLaws: [InstrumentName]
    /// The instrument key of the last citation before the current one, by division and number, of those that have one.
    private(set) var earlierInstrumentByArticle: [String: String] = [:]
    /// The instrument key given to the last citation before the current one, by division and number, of those
    /// that took one from the text around them.
    private(set) var attributedByArticle: [String: String] = [:]
    /// The canonical keys of the instruments of the citations before the current one.
    private(set) var earlierCitedKeys: Set<String> = []

    init(scalars: [Unicode.Scalar], found: StatuteScanner.FieldFindings, canonical: (String) -> String) {
        let needsSentences = found.citations.contains { $0.instrument == nil }
        sentenceStarts = needsSentences ? scalars.sentenceStarts() : []
        instruments = found.instruments.sorted { $0.range.lowerBound < $1.range.lowerBound }
        instrumentKeys = instruments.map { canonical($0.key) }
        var previous: [Int] = []
        for position in instrumentKeys.indices {
            let isNewKey = position > 0 && instrumentKeys[position] != instrumentKeys[position - 1]
            previous.append(position == 0 ? -1 : isNewKey ? position - 1 : previous[position - 1])
        }
        previousOtherKey = previous
        instrumentEnding = Dictionary(
            instruments.map { ($0.range.upperBound, $0.key) }, uniquingKeysWith: { first, _ in first })
        firstNameEnd = Dictionary(
            zip(instrumentKeys, instruments.map(\.range.upperBound)), uniquingKeysWith: { Swift.min($0, $1) })
        lowerCaseInstruments = found.lowerCaseInstruments.sorted { $0.range.lowerBound < $1.range.lowerBound }
        unspecificLaws = found.unspecificLaws.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The kind (`law`) of the last law described only by when it stands (`the new law`) before `position`, when
    /// no instrument is named between that description and `position`.
    func unspecificLawKind(before position: Int) -> String? {
        lastWithNothingNamedAfter(unspecificLaws, before: position)?.key
    }

    /// The key of the last law described in lower case before `position`, when no instrument is named between
    /// that description and `position`.
    func lowerCaseInstrumentKey(before position: Int) -> String? {
        lastWithNothingNamedAfter(lowerCaseInstruments, before: position)?.key
    }

    /// The last of `described` (sorted) that ends before `position`, when no instrument is named between it and
    /// `position`.
    private func lastWithNothingNamedAfter(_ described: [InstrumentName], before position: Int) -> InstrumentName? {
        let count = described.partitionPoint { $0.range.upperBound > position }
        guard count > 0 else { return nil }
        let instrument = described[count - 1]
        let namedAfter = instruments.partitionPoint { $0.range.lowerBound >= instrument.range.upperBound }
        guard namedAfter == instruments.count || instruments[namedAfter].range.lowerBound >= position else {
            return nil
        }
        return instrument
    }

    /// Counts a citation written before the ones still to attribute.
    mutating func pass(_ citation: StatuteCitation, canonical: (String) -> String) {
        guard let instrument = citation.instrument else { return }
        earlierInstrumentByArticle[FieldAttribution.article(of: citation)] = instrument.key
        earlierCitedKeys.insert(canonical(instrument.key))
    }

    /// Records the instrument key a citation without its own took from the text around it.
    mutating func attributed(_ citation: StatuteCitation, key: String?) {
        guard citation.instrument == nil, let key else { return }
        attributedByArticle[FieldAttribution.article(of: citation)] = key
    }

    /// The key that groups citations of one article: division and number.
    static func article(of citation: StatuteCitation) -> String {
        citation.division.rawValue + " " + citation.number
    }

    /// The key of the instrument whose name ends at `position`.
    func instrumentKey(endingAt position: Int) -> String? { instrumentEnding[position] }

    /// Whether the field names the instrument of canonical key `key` before `position`.
    func names(_ key: String, before position: Int) -> Bool { (firstNameEnd[key] ?? .max) <= position }

    /// The start of the sentence before the one that holds `position` (0 when there is none).
    func previousSentenceStart(before position: Int) -> Int {
        let startsUpTo = sentenceStarts.partitionPoint { $0 > position }
        return startsUpTo >= 2 ? sentenceStarts[startsUpTo - 2] : 0
    }

    /// The canonical key of the instruments named wholly within `range`, when they are all one instrument.
    func onlyInstrumentKey(within range: Range<Int>) -> String? {
        let first = instruments.partitionPoint { $0.range.lowerBound >= range.lowerBound }
        let end = instruments.partitionPoint { $0.range.upperBound > range.upperBound }
        guard first < end, previousOtherKey[end - 1] < first else { return nil }
        return instrumentKeys[end - 1]
    }
}
