import ArgumentParser
import CableModel

/// `cablegram outline [FILE...]`: the header summary and one line per unit.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract:
            "Show the header summary and the outline: one line per unit (id, marking, page, heading or first words)."
    )

    @OptionGroup var input: CableFilesArgument

    func run() throws {
        let (cables, failure) = input.load()
        for (position, cable) in cables.enumerated() {
            if position > 0 { print("") }
            StandardStreams.printOutput(
                OutlineReport(cable: cable, width: StandardStreams.terminalWidth).text, terminator: "")
        }
        if let failure { throw ExitCode(failure) }
    }
}
