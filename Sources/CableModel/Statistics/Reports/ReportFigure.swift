/// A figure as the cross-cable tables need it: its numbers, what it counts, when, under which statute, and where it
/// stands. Made from a `Figure`, or from what a library stored of one.
public struct ReportFigure: Sendable, Equatable {
    /// The figure's id in its cable's statistics.
    public var id: Int
    /// The value of a single figure; nil for a range.
    public var value: Double?
    /// The lower end of a range.
    public var low: Double?
    /// The upper end of a range.
    public var high: Double?
    /// How the text bounds or approximates it.
    public var qualifier: Figure.Qualifier?
    /// What it counts.
    public var category: FigureCategory?
    /// The action it counts, in the questionnaire's terms.
    public var action: ReportedAction?
    /// Which table it belongs to.
    public var relevance: FigureRelevance
    /// The year it applies to.
    public var year: Int?
    /// The period as written.
    public var period: String?
    /// The statute it is reported under.
    public var statute: String?
    /// Whether it is a part of another figure (`24` adults of `47` victims).
    public var isPart: Bool
    /// The unit whose text holds it.
    public var unitID: String
    /// The sentence that holds it.
    public var sentence: String
    /// Whether the cable reports it as denied or alleged rather than stating it; the cross-cable tables leave such
    /// figures out.
    public var attribution: Figure.Attribution?
    /// The field of its unit that holds it.
    public var field: Unit.Field
    /// Its sentence as Unicode-scalar offsets into the field (empty when not known).
    public var sentenceRange: Range<Int>

    /// A figure's fields as given.
    public init(
        id: Int, value: Double?, low: Double?, high: Double?, qualifier: Figure.Qualifier?, category: FigureCategory?,
        action: ReportedAction?, relevance: FigureRelevance, year: Int?, period: String?, statute: String?,
        isPart: Bool, unitID: String, sentence: String, attribution: Figure.Attribution? = nil,
        field: Unit.Field = .text, sentenceRange: Range<Int> = 0..<0
    ) {
        self.id = id
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.category = category
        self.action = action
        self.relevance = relevance
        self.year = year
        self.period = period
        self.statute = statute
        self.isPart = isPart
        self.unitID = unitID
        self.sentence = sentence
        self.attribution = attribution
        self.field = field
        self.sentenceRange = sentenceRange
    }

    /// The fields of a figure of a cable's statistics.
    public init(_ figure: Figure) {
        self.init(
            id: figure.id, value: figure.value, low: figure.low, high: figure.high, qualifier: figure.qualifier,
            category: figure.category, action: figure.reportedAction, relevance: figure.relevance, year: figure.year,
            period: figure.period, statute: figure.statute, isPart: figure.partOf != nil, unitID: figure.unitID,
            sentence: figure.sentence, attribution: figure.attribution, field: figure.field,
            sentenceRange: figure.sentenceRange)
    }

    /// The value, or the upper end of a range: the number to add up and compare.
    public var magnitude: Double { value ?? high ?? low ?? 0 }
}
