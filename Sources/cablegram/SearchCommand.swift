import ArgumentParser
import CableModel

/// `cablegram search QUERY [FILE]`: the units that match a query, best first, with a snippet around the match.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract:
            "Search the cable: words (all must occur), \"phrases\", prefix*, -excluded. Exits 1 when nothing matches.",
        discussion: """
            A lone word also finds its inflections (traffic finds trafficking). A word with a capital letter \
            matches that spelling only. Stop words outside quotes are ignored; a query left with nothing to look \
            for is an empty query (exit 2).
            """
    )

    @Argument(help: "The query (quote it for the shell); with --library, filters too (tag:KTIP date:2010).")
    var query: String

    @OptionGroup var input: CableArgument

    @Flag(help: "Write the hits as JSON.")
    var json = false

    @Option(help: "With --library: show at most N hits.")
    var limit: Int = 20

    func run() throws {
        if input.library.isSet, input.file == nil {
            try LibrarySearch(query: query, library: input.library, limit: limit, json: json).run()
            return
        }
        let file = try input.load()
        var found = false
        var outputs: [JSONValue] = []
        for (position, cable) in file.cables.enumerated() {
            let index = CableIndex.build(cable, knowledge: BundledKnowledge.lists)
            let width = max(40, (StandardStreams.terminalWidth ?? 120) - 16)
            let result = index.search(query, snippetWidth: width)
            if result.isEmptyQuery {
                StandardStreams.printError(
                    "cablegram: empty query: nothing to search for (only stop words or punctuation)")
                throw ExitCode(2)
            }
            found = found || !result.hits.isEmpty
            if json {
                outputs.append(SearchReport.json(result, cable: cable))
            } else {
                if file.cables.count > 1 {
                    StandardStreams.printOutput((position > 0 ? "\n" : "") + "# " + cable.title)
                }
                print(SearchReport.text(result, highlight: StandardStreams.terminalWidth != nil), terminator: "")
            }
        }
        if json {
            print(
                outputs.count == 1
                    ? outputs[0].prettyPrinted() : outputs.map { $0.serialized() }.joined(separator: "\n"))
        }
        if !found { throw ExitCode(1) }
    }
}
