import ArgumentParser
import CableModel

/// `cablegram stats [FILE...] [--table NAME] [--across | --pivot] [--json | --csv]`: the figures of a cable and the
/// tables derived from them, or the tables of all the cables given.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract:
            "Show the figures a cable reports and the tables derived from them (enforcement, penalties, victims).",
        discussion: """
            Without --table every table is shown (with --csv, the figures table). Plain output fits the terminal; \
            --csv writes RFC 4180 (the figures as plain values: cable, value, low, high, qualifier, unit, category, \
            action, relevance, attribution, year, period, statute, paragraph, quote, sentence, ...); --json writes \
            the figures and the tables. Enforcement, victims, penalty and money figures come first, context last. With \
            --library the arguments are a library filter (tag:KTIP date:2005..2010, as `list` takes; none: the whole \
            library) and the tables across cables are built over the cables it keeps (exit 1 when it keeps none); \
            arguments that are all cable ids of the library name those cables.
            """
    )

    /// The tables the command can show.
    enum TableName: String, ExpressibleByArgument, CaseIterable {
        case figures, enforcement, penalties, victims
    }

    @OptionGroup var input: CableFilesArgument

    @Option(name: .long, help: "The table to show: figures, enforcement, penalties or victims.")
    var table: TableName?

    @Flag(help: "Write JSON.")
    var json = false

    @Flag(help: "Write CSV (RFC 4180).")
    var csv = false

    @Flag(
        help: ArgumentHelp(
            "Across all the cables given: the table chosen with --table (enforcement, victims or penalties), one row "
                + "per cable, year, statute and action; the parts and updates of one report are joined."))
    var across = false

    @Flag(
        help: "Across all the cables given: country by year (investigated, prosecuted, convicted, victims identified).")
    var pivot = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
        if across && pivot { throw ValidationError("choose one of --across and --pivot") }
        if across, table == .figures { throw ValidationError("--across takes enforcement, victims or penalties") }
    }

    func run() throws {
        if input.library.isSet, try !namesLibraryCables() { return try runOnLibrarySelection() }
        let (cables, failure) = input.load()
        if across || pivot { printAcrossCables(cables.map(StatsCommand.report)) } else { write(cables) }
        if let failure { throw ExitCode(failure) }
    }

    /// The statistics of each cable, as the flags ask.
    func write(_ cables: [Cable]) {
        let chosenName = table?.rawValue
        var csvTables: [(title: String, table: StatisticsTable)] = []
        var figureRecords: [StatisticsTable] = []
        for (position, cable) in cables.enumerated() {
            let statistics = IndexedCable(cable, knowledge: BundledKnowledge.lists).statistics
            if statistics.isPartial {
                StandardStreams.printError(
                    "cablegram: \(cable.title): warning: the statistics stop at \(CableStatistics.figureLimit) figures or "
                        + "\(CableStatistics.textLimit) characters; the rest of the cable is not counted")
            }
            let tables = statistics.tables.filter { chosenName == nil || $0.name == chosenName }
            if json {
                // NB: several cables give JSON Lines, one compact document per cable, as `export` does.
                let document = StatisticsExport.json(statistics, tables: chosenName == nil ? nil : tables)
                print(cables.count > 1 ? document.serialized() : document.prettyPrinted())
            } else if csv {
                if chosenName == nil || chosenName == TableName.figures.rawValue {
                    figureRecords.append(FigureRecords.table(statistics, cable: cable.title))
                } else if let chosen = tables.first(where: { $0.name == chosenName }) {
                    csvTables.append((cable.title, chosen))
                }
            } else {
                if position > 0 { print("") }
                StandardStreams.printOutput("\(cable.title)\n")
                // NB: on a terminal the cells' control characters are made visible before the columns are measured.
                let shown = StandardStreams.outputIsTerminal ? tables.map(StatsCommand.visible) : tables
                StandardStreams.printOutput(
                    shown.map { TableText.plain($0, width: StandardStreams.terminalWidth) }.joined(separator: "\n"),
                    terminator: "")
            }
        }
        if csv, !figureRecords.isEmpty {
            // NB: figure records carry their cable in their first column, so several cables make one table.
            let rows = figureRecords.flatMap(\.rows)
            print(
                TableText.csv(
                    StatisticsTable(
                        name: "figures", title: "Figures", columns: FigureRecords.columns,
                        rows: rows, emptyMessage: "")), terminator: "")
        } else if csv {
            print(StatsCommand.csv(csvTables), terminator: "")
        }
    }

    /// The table with every cell's control characters shown as visible escapes.
    static func visible(_ table: StatisticsTable) -> StatisticsTable {
        StatisticsTable(
            name: table.name, title: table.title, columns: table.columns,
            rows: table.rows.map { row in
                row.map { StatisticsTable.Cell(TerminalText.visible($0.text), figures: $0.figures) }
            },
            emptyMessage: table.emptyMessage)
    }

    /// One CSV document: the table itself for one cable; with a leading CABLE column for several.
    static func csv(_ tables: [(title: String, table: StatisticsTable)]) -> String {
        guard tables.count > 1, let first = tables.first?.table else {
            return tables.first.map { TableText.csv($0.table) } ?? ""
        }
        let rows = tables.flatMap { entry in entry.table.rows.map { [StatisticsTable.Cell(entry.title)] + $0 } }
        let combined = StatisticsTable(
            name: first.name, title: first.title, columns: ["CABLE"] + first.columns, rows: rows,
            emptyMessage: first.emptyMessage)
        return TableText.csv(combined)
    }
}
