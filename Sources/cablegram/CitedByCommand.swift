import ArgumentParser
import Browser
import CableLibrary
import CableModel

/// `cablegram cited-by ID`: the library's cables whose REF line names this cable.
struct CitedByCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cited-by",
        abstract: "List the library's cables that refer to a cable (whether or not the library holds it)."
    )

    @OptionGroup var cable: LibraryCableArgument

    func run() throws {
        let opened = try cable.library.open()
        let (citing, held) = try LibraryCable.wrapping { () throws(LibraryError) in
            (try opened.citedBy(cable.id), try opened.contains(cableID: cable.id))
        }
        if cable.json {
            print(JSONValue.array(citing.map(CableListing.json)).prettyPrinted())
        } else {
            if !held {
                StandardStreams.printError("cablegram: note: \(cable.id.uppercased()) itself is not in the library")
            }
            StandardStreams.printOutput(CableListing.text(citing, width: StandardStreams.terminalWidth), terminator: "")
            print("\(Count.grouped(citing.count)) cables refer to \(cable.id.uppercased())")
        }
        if citing.isEmpty { throw ExitCode(1) }
    }
}
