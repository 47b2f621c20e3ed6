import ArgumentParser
import CableModel

/// `cablegram export [FILE]`: the whole model as JSON; one object per line when the file holds several cables.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole model as one JSON document (JSON Lines when the file holds several cables)."
    )

    @OptionGroup var input: CableArgument

    @Flag(help: "Write compact JSON on one line even for a single cable.")
    var compact = false

    func run() throws {
        let file = try input.load()
        if file.cables.count == 1 {
            let json = ExportCommand.json(file.cables[0])
            print(compact ? json.serialized() : json.prettyPrinted())
            return
        }
        for cable in file.cables { print(ExportCommand.json(cable).serialized()) }
    }

    /// The cable with the members the later parts of the model add: `statistics`, `ages` and `tables`.
    static func json(_ cable: Cable) -> JSONValue {
        CableExport.json(cable, extra: StatisticsExport.members(CableStatistics(cable: cable)))
    }
}
