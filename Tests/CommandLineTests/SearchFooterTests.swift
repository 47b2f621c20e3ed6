import CableLibrary
import Testing

@testable import cablegram

/// The line under `search --library`'s hits: the count of cables exact up to the library's limit, "more than" past it.
@Suite("Search footer")
struct SearchFooterTests {
    @Test func theCountIsExactUpToTheLimitAndMoreThanPastIt() {
        let limit = Library.countedCables
        #expect(LibrarySearch.footer(hits: 20, cables: 7, query: "ferry") == "20 hits shown, in 7 cables")
        #expect(LibrarySearch.footer(hits: 1, cables: 1, query: "ferry") == "1 hit shown, in 1 cable")
        #expect(LibrarySearch.footer(hits: 20, cables: limit, query: "ferry").hasSuffix(" in 1,000 cables"))
        #expect(
            LibrarySearch.footer(hits: 20, cables: limit + 1, query: "ferry").hasSuffix(" in more than 1,000 cables"))
        #expect(LibrarySearch.footer(hits: 0, cables: 0, query: "ferry").hasPrefix("no match"))
    }
}
