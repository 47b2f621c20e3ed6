import ArgumentParser
import CableModel

/// `cablegram refs [FILE]`: the cable's cross-reference index.
struct RefsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "Show what the cable refers to: statutes, paragraph references, cables referred to, names, glossary."
    )

    @OptionGroup var input: CableArgument

    @Flag(help: "Write the index as JSON (the same members as in `export`).")
    var json = false

    func run() throws {
        let file = try input.load()
        for (position, cable) in file.cables.enumerated() {
            let index = CableIndex.build(cable, knowledge: BundledKnowledge.lists)
            if json {
                let value = JSONValue.object([("id", .optional(cable.header.id))] + IndexExport.members(index))
                print(file.cables.count == 1 ? value.prettyPrinted() : value.serialized())
            } else {
                if position > 0 { print("") }
                StandardStreams.printOutput(
                    RefsReport(cable: cable, index: index, width: StandardStreams.terminalWidth).text, terminator: "")
            }
        }
    }
}
