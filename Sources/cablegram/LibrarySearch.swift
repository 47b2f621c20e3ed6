import ArgumentParser
import Browser
import CableLibrary
import CableModel
import Foundation

/// `cablegram search --library QUERY`: hits across the library's cables, best first (newest first when the words
/// match more units than the library ranks).
struct LibrarySearch {
    let query: String
    let library: LibraryOption
    let limit: Int
    let json: Bool

    func run() throws {
        let parsed = try QueryText.parse(query)
        guard parsed.hasWords else {
            StandardStreams.printError("cablegram: empty query: no words to search for (use `list` for filters only)")
            throw ExitCode(2)
        }
        let opened = try library.open()
        let width = max(8, ((StandardStreams.terminalWidth ?? 120) - 40) / 7)
        let (hits, cables, ranked) = try LibraryCable.wrapping { () throws(LibraryError) in
            (
                try opened.search(parsed, limit: limit, snippetWords: width),
                try opened.count(parsed, upTo: Library.countedCables),
                try opened.ranksByScore(parsed)
            )
        }
        if json {
            print(JSONValue.array(hits.map(LibrarySearch.json)).prettyPrinted())
        } else {
            let highlight = StandardStreams.terminalWidth != nil
            for hit in hits {
                let score = Count.decimal(hit.score)
                let line = hit.cableID.padding(16) + hit.unitID.padding(8) + score.padding(7) + hit.snippet
                print(LibrarySearch.marked(line, highlight: highlight))
            }
            print(LibrarySearch.footer(hits: hits.count, cables: cables, query: query))
            if !ranked { print(LibrarySearch.unrankedNote) }
        }
        if hits.isEmpty { throw ExitCode(1) }
    }

    /// The line under the hits: `20 hits shown, in 1 cable`, `in more than 1,000 cables`, or no match.
    static func footer(hits: Int, cables: Int, query: String) -> String {
        guard hits > 0 else { return SearchWording.noMatch(query) }
        let counted =
            cables > Library.countedCables
            ? "more than \(Count.grouped(Library.countedCables)) cables" : Count.of(cables, "cable")
        return "\(Count.of(hits, "hit")) shown, in \(counted)"
    }

    /// What the footer says when the words match too many units to rank.
    static let unrankedNote =
        "newest cable first: the words match more than \(Count.grouped(Library.rankedMatchLimit)) units, too many to "
        + "rank by score; a phrase or a field (tag:, date:, origin:) narrows them"

    /// A hit's line with its matches in reverse video on a terminal, else in `[brackets]`; on a terminal the
    /// cable's controls are made visible first, so a cable cannot inject escapes.
    static func marked(_ line: String, highlight: Bool) -> String {
        let visible = highlight ? TerminalText.visible(line) : line
        let (open, close) = highlight ? ("\u{1B}[7m", "\u{1B}[27m") : ("[", "]")
        return visible.replacingOccurrences(of: LibraryHit.highlightStart, with: open).replacingOccurrences(
            of: LibraryHit.highlightEnd, with: close)
    }

    private static func json(_ hit: LibraryHit) -> JSONValue {
        let plain = hit.snippet.replacingOccurrences(of: LibraryHit.highlightStart, with: "").replacingOccurrences(
            of: LibraryHit.highlightEnd, with: "")
        return .object([
            ("cable", .string(hit.cableID)), ("paragraph", .string(hit.unitID)), ("score", .number(hit.score)),
            ("snippet", .string(plain)),
        ])
    }
}
