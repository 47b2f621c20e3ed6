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

    /// Reads the figures of every unit of `cable`, asking `statutes` which statutes each field cites.
    public init(cable: Cable, statutes: StatuteLookup = .none) {
        var figures: [Figure] = []
        var ages: [Figure] = []
        var readers: [(unit: Unit, field: Unit.Field, reader: FieldFigureReader)] = []
        for unit in cable.units {
            for field in [Unit.Field.heading, .text] where !unit.value(of: field).isEmpty {
                readers.append(
                    (
                        unit, field,
                        FieldFigureReader(unit.value(of: field), citations: statutes.citations(unit.id, field))
                    ))
            }
        }
        // NB: the references of every field are gathered first, so that `the 239 argument` in one paragraph is known
        // for `Article 239` cited in another.
        let references = readers.reduce(into: Set<String>()) { $0.formUnion($1.reader.referenceNumbers) }
        for (unit, field, reader) in readers {
            let found = reader.read(references: references)
            let builder = FigureBuilder(reader: reader, unitID: unit.id, field: field)
            let offset = figures.count
            for (position, draft) in found.figures.enumerated() {
                figures.append(builder.figure(draft, id: offset + position, partOf: draft.partOf.map { offset + $0 }))
            }
            for draft in found.ages { ages.append(builder.figure(draft, id: ages.count, partOf: nil, isAge: true)) }
        }
        self.figures = figures
        self.ages = ages
        enforcement = EnforcementTable(figures: figures)
        penalties = PenaltyTable(figures: figures, cable: cable)
        victims = VictimTable(figures: figures)
    }

    /// The figure with this id.
    public func figure(id: Int) -> Figure? { figures.indices.contains(id) ? figures[id] : nil }

    /// The figures that are parts of the figure `id`, in order.
    public func parts(of id: Int) -> [Figure] { figures.filter { $0.partOf == id } }
}
