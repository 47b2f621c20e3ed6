import ArgumentParser
import CableLibrary

/// Library query text from command-line arguments, read into a `LibraryQuery`.
enum QueryText {
    /// The arguments joined by spaces; one that holds spaces but no quote (the shell removed them) is quoted
    /// again: `statute:Criminal Code` is `statute:"Criminal Code"`, `forced labor` is `"forced labor"`.
    static func joined(_ arguments: [String]) -> String {
        arguments.map { argument in
            guard argument.contains(" "), !argument.contains("\"") else { return argument }
            if let colon = argument.firstIndex(of: ":"), !argument[..<colon].contains(" ") {
                return argument[...colon] + "\"" + argument[argument.index(after: colon)...] + "\""
            }
            return "\"" + argument + "\""
        }.joined(separator: " ")
    }

    /// The query, or a message pointing at the offending part and the usage status (64).
    static func parse(_ text: String) throws -> LibraryQuery {
        do {
            return try LibraryQuery(text)
        } catch {
            StandardStreams.printError("cablegram: bad query: " + error.pointing(into: text))
            throw ExitCode(64)
        }
    }
}
