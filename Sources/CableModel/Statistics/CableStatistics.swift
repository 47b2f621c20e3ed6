/// The figures a cable reports, read at load time, and the tables derived from them.
public struct CableStatistics: Sendable, Equatable {
    /// Every figure of every unit's heading and text, in document order; `id` is the position here.
    public let figures: [Figure]
    /// Ages of persons (`a fourteen-year old girl`), kept apart from the figures; `id` is the position here.
    public let ages: [Figure]
    /// Law enforcement figures per year and statute.
    public let enforcement: EnforcementTable
    /// Prescribed penalties per statute.
    public let penalties: PenaltyTable
    /// Victims identified, assisted, returned … by category.
    public let victims: VictimTable
    /// Whether reading stopped early, at `figureLimit` figures or after `textLimit` characters: the figures of the
    /// rest of the cable are missing.
    public let isPartial: Bool

    /// The most figures read from one cable.
    ///
    /// NB: real cables hold up to about 160 figures in up to 70,000 characters. A text made of numbers holds a
    /// figure every few bytes, and each carries its sentence into the tables and the export: without the limits a
    /// few megabytes of such text took minutes and gigabytes.
    public static let figureLimit = 10_000
    /// The most characters (Unicode scalars of headings and texts) read for figures from one cable.
    public static let textLimit = 1_000_000

    /// Reads the figures of every unit of `cable`, asking `statutes` which statutes each field cites.
    public init(cable: Cable, statutes: StatuteLookup = .none) {
        var figures: [Figure] = []
        var ages: [Figure] = []
        var readers: [(unit: Unit, field: Unit.Field, reader: FieldFigureReader)] = []
        var budget = CableStatistics.textLimit
        var isPartial = false
        for unit in cable.units {
            for field in [Unit.Field.heading, .text] where !unit.value(of: field).isEmpty {
                guard budget > 0 else {
                    isPartial = true
                    break
                }
                var value = unit.value(of: field)
                var citations = statutes.citations(unit.id, field)
                let length = value.unicodeScalars.count
                if length > budget {
                    value = String(String.UnicodeScalarView(value.unicodeScalars.prefix(budget)))
                    citations = citations.filter { $0.range.upperBound <= budget }
                    isPartial = true
                }
                budget -= min(length, budget)
                readers.append((unit, field, FieldFigureReader(value, citations: citations)))
            }
        }
        // NB: the references of every field are gathered first, so that `the 239 argument` in one paragraph is known
        // for `Article 239` cited in another.
        let references = readers.reduce(into: Set<String>()) { $0.formUnion($1.reader.referenceNumbers) }
        let limit = CableStatistics.figureLimit
        var fieldDates: [FieldDates] = []
        for (unit, field, reader) in readers where figures.count < limit {
            let found = reader.read(references: references)
            var builder = FigureBuilder(reader: reader, unitID: unit.id, field: field)
            let offset = figures.count
            for (position, draft) in found.figures.enumerated() where offset + position < limit {
                let partOf = draft.partOf.map { offset + $0 }.flatMap { $0 < limit ? $0 : nil }
                figures.append(builder.figure(draft, id: offset + position, partOf: partOf))
            }
            fieldDates.append(FieldDates(reader, figures: offset..<figures.count))
            for draft in found.ages where ages.count < limit {
                ages.append(builder.figure(draft, id: ages.count, partOf: nil, isAge: true))
            }
        }
        self.isPartial = isPartial || figures.count >= limit
        let prescribed = PenaltyTable.prescribedTerms(figures, cable: cable)
        FigureClassifier.classify(&figures, prescribed: Set(prescribed.map(\.id)))
        GroupRepeat.report(&figures)
        let reportingYear = cable.header.dateTime.map { $0.year - 1 }
        for field in fieldDates {
            YearCarrier.carry(&figures, in: field, reportingYear: reportingYear, sent: cable.header.dateTime)
        }
        ChangeStart.date(&figures)
        SpanOfYears.undate(&figures)
        self.figures = figures
        self.ages = ages
        enforcement = EnforcementTable(figures: figures)
        penalties = PenaltyTable(prescribed: prescribed, cable: cable)
        victims = VictimTable(figures: figures)
    }

    /// The figure with this id.
    public func figure(id: Int) -> Figure? { figures.indices.contains(id) ? figures[id] : nil }

    /// The figures that are parts of the figure `id`, in order.
    public func parts(of id: Int) -> [Figure] { figures.filter { $0.partOf == id } }
}
