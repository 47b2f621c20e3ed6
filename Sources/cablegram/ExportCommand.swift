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
        let document = { cable in ExportCommand.json(IndexedCable(cable, knowledge: BundledKnowledge.lists)) }
        if file.cables.count == 1, let cable = file.cables.first {
            print(compact ? document(cable).serialized() : document(cable).prettyPrinted())
            return
        }
        // NB: each line is written as soon as it is made, so a file of thousands of cables never holds every
        // document in memory at once.
        for cable in file.cables { print(document(cable).serialized()) }
    }

    /// The cable with the members the later parts of the model add: the index's and the statistics'.
    static func json(_ indexed: IndexedCable) -> JSONValue {
        CableExport.json(
            indexed.cable, extra: IndexExport.members(indexed.index) + StatisticsExport.members(indexed.statistics))
    }
}
