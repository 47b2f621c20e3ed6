import CableModel
import GRDB
import Testing

@testable import CableLibrary

@Suite("Library: search words as a full-text match")
struct FullTextQueryTests {
    /// A full-text index of one unit per word `w0` to `w69`, with its vocabulary, as the library names them.
    private static func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE unit_fts USING fts5(heading, text);
                    CREATE VIRTUAL TABLE unit_vocabulary USING fts5vocab(unit_fts, row);
                    """)
            for number in 0..<70 {
                try db.execute(sql: "INSERT INTO unit_fts(text) VALUES (?)", arguments: ["w\(number) ferry"])
            }
        }
        return queue
    }

    @Test func aLonePrefixIsWrittenOutAsTheWordsItBeginsUpToALimit() throws {
        let queue = try FullTextQueryTests.database()
        let (few, many, none, phrase) = try queue.read { db in
            (
                try FullTextQuery.match(SearchQuery("w6*"), in: db),
                try FullTextQuery.match(SearchQuery("w*"), in: db),
                try FullTextQuery.match(SearchQuery("zz*"), in: db),
                try FullTextQuery.match(SearchQuery("\"ferry w6*\""), in: db)
            )
        }
        let words = ["w6"] + (60...69).map { "w\($0)" }
        #expect(few == "(" + words.map { "\"\($0)\"" }.joined(separator: " OR ") + ")")
        #expect(FullTextQuery.writtenOutPrefixWords < 70)
        #expect(many == "(\"w\" *)", "more words than the limit: the prefix itself")
        #expect(none == "(\"zz\" *)", "no word: the prefix itself")
        #expect(phrase == "(\"ferry\" + \"w6\" *)", "a prefix inside a phrase stays one")
        let counts = try queue.read { db in
            try [few, many].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM unit_fts WHERE unit_fts MATCH ?", arguments: [$0])
            }
        }
        #expect(counts == [11, 70])
    }
}
