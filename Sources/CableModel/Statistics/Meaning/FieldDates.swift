/// The dates of one field's sentences, for dating figures beyond their own sentence: each sentence's start (in
/// scalars, as `Figure.sentenceRange` gives it) and the first year or period it names.
struct FieldDates: Sendable {
    /// The date a sentence names, or one carried to a figure.
    struct Dating: Sendable, Equatable {
        var year: Int?
        var period: String?
    }

    /// One sentence of the field and its dates.
    struct Sentence: Sendable {
        /// Its first scalar.
        var start: Int
        /// The first date it names that can date a figure (`in 2009`, `during the reporting period`).
        var dating: Dating?
        /// A year it uses as an adjective (`The 2007 state budget`) and where that year stands (in scalars).
        var attributiveYear: (year: Int, offset: Int)?
        /// Whether a blank line stands before it (not after a colon): it opens a paragraph of its own in the field.
        var opensBlock = false
    }

    /// The figures of the field: a range of ids.
    let figures: Range<Int>
    /// The field's sentences in order.
    let sentences: [Sentence]
    /// Whether the field speaks of the reporting period anywhere (`during the reporting period`).
    let mentionsReportingPeriod: Bool

    /// The dates of `reader`'s field, whose figures have the ids `figures`.
    init(_ reader: FieldFigureReader, figures: Range<Int>) {
        self.figures = figures
        let text = reader.text
        let usable = reader.mentions.filter {
            ($0.isIntroduced || (!$0.isAttributive && ($0.year != nil || $0.isPeriod)))
        }
        var mentionsReportingPeriod = false
        sentences = reader.sentences.map { sentence in
            let bytes = text.tokens[sentence.lowerBound].start..<text.tokens[sentence.upperBound - 1].end
            var dated = Sentence(start: reader.offsets.scalars(bytes).lowerBound)
            // NB: `were as follows:` over a blank line introduces the block after it, which goes on with it.
            dated.opensBlock =
                text.tokens[sentence.lowerBound].breakBefore && !text.isSymbol(sentence.lowerBound - 1, ASCII.colon)
            if let attributive = reader.mentions.first(where: {
                $0.isAttributive && $0.year != nil && sentence.contains($0.tokens.lowerBound)
            }), let year = attributive.year {
                let token = text.tokens[attributive.tokens.lowerBound]
                dated.attributiveYear = (year, reader.offsets.scalars(token.start..<token.end).lowerBound)
            }
            if let mention = usable.first(where: { sentence.contains($0.tokens.lowerBound) }),
                FieldDates.isReportingPeriod(
                    text.text(from: mention.tokens.lowerBound, through: mention.tokens.upperBound - 1))
            {
                mentionsReportingPeriod = true
            }
            if let mention = usable.first(where: {
                sentence.contains($0.tokens.lowerBound) && !FieldDates.startsASpan(text, at: $0.tokens.lowerBound)
            }) {
                let written = text.text(from: mention.tokens.lowerBound, through: mention.tokens.upperBound - 1)
                dated.dating = Dating(year: mention.year, period: written)
            }
            return dated
        }
        self.mentionsReportingPeriod = mentionsReportingPeriod
    }

    /// `in custody since their arrest in October`: a date a few words after `since` starts a span that runs on
    /// past it, so it dates none of the sentences after it.
    static func startsASpan(_ text: TokenizedText, at start: Int) -> Bool {
        (max(0, start - 3)..<start).contains { text.isWord($0, "since") }
    }

    /// Whether a period as written is the report's reporting period.
    static func isReportingPeriod(_ period: String) -> Bool {
        period.lowercased().contains("reporting period")
    }
}
