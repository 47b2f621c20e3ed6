import ArgumentParser
import Browser
import CableLibrary
import CableModel

/// `cablegram list [FILTER...]`: the library's cables that match, sorted.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's cables that match a query: date, id, origin, classification, subject.",
        discussion: """
            Filters: origin:POST tag:TAG class:LEVEL (or <, <=, >, >= LEVEL) date:2009 date:2009-06..2010-02 \
            subject:WORDS cites:ID cited-by:ID statute:"Criminal Code" name:IOM; other words are searched as by \
            `search` (a cable is listed when one of its units matches). Exits 1 when nothing matches.
            """
    )

    @Argument(help: "Filters and words (quote a phrase for the shell).")
    var query: [String] = []

    @OptionGroup var library: LibraryOption

    @Option(help: "Sort by date, id, origin, classification or subject.")
    var sort: String = "date"

    @Flag(help: "Reverse the order.")
    var reverse = false

    @Option(help: "Show at most N cables.")
    var limit: Int?

    @Flag var format: ListingFormat = .text

    func validate() throws {
        guard ListSort(rawValue: sort) != nil else {
            throw ValidationError("--sort takes one of: " + ListSort.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let limit, limit < 1 { throw ValidationError("--limit takes a positive number") }
    }

    func run() throws {
        let parsed = try QueryText.parse(QueryText.joined(query))
        let opened = try library.open()
        let (cables, matching, total) = try LibraryCable.wrapping { () throws(LibraryError) in
            (
                try opened.list(parsed, sort: ListSort(rawValue: sort)!, descending: reverse, limit: limit),
                try opened.count(parsed), try opened.count(.everything)
            )
        }
        switch format {
        case .json: print(JSONValue.array(cables.map(CableListing.json)).prettyPrinted())
        case .csv: print(CableListing.csv(cables), terminator: "")
        case .text:
            StandardStreams.printOutput(CableListing.text(cables, width: StandardStreams.terminalWidth), terminator: "")
            print(
                "\(Count.grouped(matching)) of \(Count.grouped(total)) cables"
                    + (cables.count < matching ? " (\(cables.count) shown)" : ""))
        }
        if cables.isEmpty { throw ExitCode(1) }
    }
}
