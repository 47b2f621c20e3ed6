import ArgumentParser
import Browser
import CableLibrary
import CableModel

/// `cablegram search QUERY [FILE...]`: the units that match a query, best first, with a snippet around the match.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract:
            "Search the cable, its subject and its tags: words (all must occur), \"phrases\", prefix*, -excluded. Exits 1 when "
            + "nothing matches.",
        discussion: """
            A lone word also finds its inflections (traffic finds trafficking). A word with a capital letter \
            matches that spelling only. Stop words outside quotes are ignored; a query left with nothing to look \
            for is an empty query (exit 2). With --library, hits are ranked by score unless the words match more \
            than \(Count.grouped(Library.rankedMatchLimit)) units; those are listed newest cable first, as the line \
            under them says.
            """
    )

    // NB: a query may start with `-` (`-cotton harvest`); taken as an unrecognised argument it is still the query,
    // never an option, and the files follow it.
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "The query (quote it for the shell; it may start with -; with --library, filters too: tag:KTIP date:2010), "
                + "then cable files (- reads standard input; with --library cable ids)."))
    var arguments: [String] = []

    @OptionGroup var library: LibraryOption

    @Flag(help: "Write the hits as JSON.")
    var json = false

    @Option(help: "With --library: show at most N hits.")
    var limit: Int = 20

    /// The query, then the files: a first `--` is the end of the options, as everywhere.
    private var words: [String] { arguments.first == "--" ? Array(arguments.dropFirst()) : arguments }

    func validate() throws {
        guard words.first != nil else { throw ValidationError("Missing expected argument '<query>'") }
        // NB: only the query may start with `-`; after it, an unknown option is a mistake, not a file (`-` is stdin),
        // unless `--` said that only the query and files follow.
        if arguments.first != "--",
            let option = words.dropFirst().first(where: { $0.hasPrefix("-") && $0 != CableFile.standardInputName })
        {
            throw ValidationError("Unknown option '\(option)'")
        }
    }

    func run() throws {
        guard let query = words.first else { return }
        let files = Array(words.dropFirst())
        if library.isSet, files.isEmpty {
            try LibrarySearch(query: query, library: library, limit: limit, json: json).run()
            return
        }
        if let problem = SearchWording.emptyQueryProblem(query) {
            StandardStreams.printError("cablegram: empty query: \(problem)")
            throw ExitCode(2)
        }
        let (cables, failure) = CableFilesArgument.load(files, library: library)
        let found = write(cables, query: query)
        if let failure { throw ExitCode(failure) }
        if !found { throw ExitCode(1) }
    }

    /// Writes the hits of `query` in each cable; returns whether anything matched.
    private func write(_ cables: [Cable], query: String) -> Bool {
        var found = false
        var outputs: [JSONValue] = []
        for (position, cable) in cables.enumerated() {
            let index = CableSearchIndex(cable, glossary: BundledKnowledge.lists.glossary)
            let width = max(40, (StandardStreams.terminalWidth ?? 120) - 16)
            let result = index.search(query, snippetWidth: width)
            found = found || !result.hits.isEmpty
            if json {
                outputs.append(SearchReport.json(result, cable: cable))
            } else {
                if cables.count > 1 { StandardStreams.printOutput((position > 0 ? "\n" : "") + "# " + cable.title) }
                print(
                    SearchReport.text(result, query: query, highlight: StandardStreams.terminalWidth != nil),
                    terminator: "")
            }
        }
        if json {
            print(
                outputs.count == 1
                    ? outputs[0].prettyPrinted() : outputs.map { $0.serialized() }.joined(separator: "\n"))
        }
        return found
    }
}
