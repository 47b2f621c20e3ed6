import ArgumentParser
import CableModel

/// `cablegram outline [FILE]`: the header summary and one line per unit.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract:
            "Show the header summary and the outline: one line per unit (id, marking, page, heading or first words)."
    )

    @OptionGroup var input: CableArgument

    func run() throws {
        let file = try input.load()
        for (position, cable) in file.cables.enumerated() {
            if position > 0 { print("") }
            StandardStreams.printOutput(
                OutlineReport(cable: cable, width: StandardStreams.terminalWidth).text, terminator: "")
        }
    }
}
