import ArgumentParser
import CableModel

/// `cablegram stats [FILE] [--table NAME] [--json | --csv]`: the figures of a cable and the tables derived from them.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract:
            "Show the figures a cable reports and the tables derived from them (enforcement, penalties, victims).",
        discussion: """
            Without --table every table is shown (with --csv, the figures table). Plain output fits the terminal; \
            --csv writes RFC 4180; --json writes the figures and the tables.
            """
    )

    /// The tables the command can show.
    enum TableName: String, ExpressibleByArgument, CaseIterable {
        case figures, enforcement, penalties, victims
    }

    @OptionGroup var input: CableArgument

    @Option(name: .long, help: "The table to show: figures, enforcement, penalties or victims.")
    var table: TableName?

    @Flag(help: "Write JSON.")
    var json = false

    @Flag(help: "Write CSV (RFC 4180).")
    var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("choose one of --json and --csv") }
    }

    func run() throws {
        let file = try input.load()
        for (position, cable) in file.cables.enumerated() {
            let statistics = CableStatistics(cable: cable)
            let tables = statistics.tables.filter { table == nil || $0.name == table?.rawValue }
            if json {
                print(StatisticsExport.json(statistics, tables: table == nil ? nil : tables).prettyPrinted())
            } else if csv {
                let chosen = tables.first { table != nil || $0.name == TableName.figures.rawValue }
                print(chosen.map(TableText.csv) ?? "", terminator: "")
            } else {
                if position > 0 { print("") }
                print("\(cable.title)\n")
                print(
                    tables.map { TableText.plain($0, width: StandardStreams.terminalWidth) }.joined(separator: "\n"),
                    terminator: "")
            }
        }
    }
}
