/// A figure that a cable reports: a count, an amount of money, a share, a duration or a measure, with what it
/// counts, when, under which statute, and where it stands in the text.
public struct Figure: Sendable, Equatable, Identifiable {
    /// What the figure measures.
    public enum Kind: String, Sendable, CaseIterable {
        /// A number of things or persons (`24 criminal cases`).
        case count
        /// An amount of money (`USD 310,000`).
        case money
        /// A share (`20%`).
        case percentage
        /// A stretch of time (`5 to 8 years`, `six hours`).
        case duration
        /// A quantity in units of measure (`20 liters of petrol`).
        case measure
        /// A person's age (`a fourteen-year old girl`): kept apart from the figures.
        case age
    }

    /// How the text bounds or approximates the value.
    public enum Qualifier: String, Sendable, CaseIterable {
        case atLeast = "at least"
        case moreThan = "more than"
        case upTo = "up to"
        case lessThan = "less than"
        case about
        case nearly
    }

    /// Whose word a figure is, when the cable does not state it as fact.
    public enum Attribution: String, Sendable, CaseIterable {
        /// Someone denies it (`the government denies that officials abused three victims`).
        case denied
        /// Someone claims it, or the cable reports it as hearsay (`NGOs claim`, `reportedly`, `allegedly`).
        case alleged
    }

    /// The figure's position in `CableStatistics.figures` (or `ages`).
    public internal(set) var id: Int
    /// What the figure measures.
    public internal(set) var kind: Kind
    /// The value of a single figure; nil for a range.
    public internal(set) var value: Double?
    /// The lower end of a range.
    public internal(set) var low: Double?
    /// The upper end of a range.
    public internal(set) var high: Double?
    /// How the text bounds or approximates it (`at least`, `up to`, `about`).
    public internal(set) var qualifier: Qualifier?
    /// Whether the text writes the number twice, in words and digits (`two 2 cases`).
    public internal(set) var writtenTwice: Bool
    /// The currency code of an amount of money (`USD`, `NIS`).
    public internal(set) var currency: String?
    /// The noun phrase it counts (`criminal cases`, `local officials`, `years imprisonment`).
    public internal(set) var countedNoun: String?
    /// The action it counts, where the sentence says it (`opened`, `prosecuted`, `convicted`, `assisted`).
    public internal(set) var action: String?
    /// The year it refers to, when that is one year.
    public internal(set) var year: Int?
    /// The date or period it refers to, as written (`in 2009`, `from July 2008 to June 2009`).
    public internal(set) var period: String?
    /// The statute it is reported under (`241.2`), from the statute references of the same sentence.
    public internal(set) var statute: String?
    /// The id of the figure it is a part of (`24` adults of `47` victims).
    public internal(set) var partOf: Int?
    /// The categories of persons and trafficking it is about (`adults`, `women`, `sex`, `labour`).
    public internal(set) var categories: [String]
    /// The unit whose field holds it.
    public internal(set) var unitID: String
    /// The field of the unit that holds it.
    public internal(set) var field: Unit.Field
    /// The figure's text as Unicode-scalar offsets into the field.
    public internal(set) var range: Range<Int>
    /// The figure's text as written (`two 2`, `250 to 300`, `USD 81 million`).
    public internal(set) var quote: String
    /// The sentence that holds it.
    public internal(set) var sentence: String
    /// The sentence as Unicode-scalar offsets into the field.
    public internal(set) var sentenceRange: Range<Int>
    /// Whether it is denied or alleged rather than stated; nil when the cable states it. The derived tables hold
    /// stated figures only.
    public internal(set) var attribution: Attribution? = nil

    /// What it counts, normalised (`cases`, `victims`, `years of imprisonment`, `money`); nil when it is none of them.
    public internal(set) var category: FigureCategory? = nil
    /// The action it counts in the terms of the Trafficking in Persons questionnaire (`opened` is `investigated`),
    /// or `prescribed` for a term a law sets.
    public internal(set) var reportedAction: ReportedAction? = nil
    /// Whether it is an enforcement, victims, penalty or money figure, another count, or context.
    public internal(set) var relevance: FigureRelevance = .context

    /// The words of its clause before it, lower case (from the previous figure or the sentence start).
    var wordsBefore: [String] = []
    /// The words of its clause after it, as written (to the next figure or the sentence end).
    var textAfter: String = ""
    /// The words of its sentence, lower case.
    var sentenceWords: Set<String> = []

    /// The value, or the upper end of a range: the number to sort and compare by.
    public var magnitude: Double { value ?? high ?? low ?? 0 }

    /// The value as a reader would write it: `24`, `250–300`, `at least 20`, `USD 81,000,000`, `20%`.
    public var valueText: String {
        var text =
            value.map(FigureFormat.number) ?? "\(FigureFormat.number(low ?? 0))–\(FigureFormat.number(high ?? 0))"
        if kind == .percentage { text += "%" }
        if let currency { text = currency + " " + text }
        if let qualifier { text = qualifier.rawValue + " " + text }
        return text
    }
}
