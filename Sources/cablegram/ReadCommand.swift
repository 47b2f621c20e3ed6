import ArgumentParser
import CableModel

/// `cablegram read ID [FILE]`: the clean text of one unit.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print the clean text of one unit (for example: cablegram read 27.E)."
    )

    @Argument(help: "The unit's id: 4, 25, 27.E (case and the dot are optional: 27e).")
    var id: String

    @OptionGroup var input: CableArgument

    func run() throws {
        var input = input
        var id = id
        // NB: with --library both `read CABLE UNIT` and `read UNIT CABLE` work: the one the library holds is the cable.
        if input.library.isSet, let other = input.file, try LibraryCable.holds(id, in: input.library) {
            (id, input.file) = (other, id)
        }
        let cable = try input.load().cables[0]
        guard let unit = cable.unit(matching: id) else {
            StandardStreams.printError(
                "cablegram: no unit '\(id)' in \(cable.title); `cablegram outline` lists the ids")
            throw ExitCode(2)
        }
        var lines: [String] = []
        let page = unit.page.map { "page \($0)" + (cable.pageCount.map { " of \($0)" } ?? "") }
        lines.append([unit.id, unit.marking.map { "(\($0))" }, page].compactMap { $0 }.joined(separator: " · "))
        if let heading = unit.heading { lines.append(heading) }
        if !unit.text.isEmpty { lines.append(unit.text) }
        StandardStreams.printOutput(lines.joined(separator: "\n\n"))
    }
}
