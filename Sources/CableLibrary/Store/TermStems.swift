import CableModel
import GRDB

/// The stem of every word of the full-text index, so that a lone query word finds its inflections as the
/// single-cable search does (`traffic` finds `trafficking`): the words whose stem equals the query's.
enum TermStems {
    /// `cablegram_stem(term)`: the model's stem of a lower-cased, folded word.
    static let function = DatabaseFunction("cablegram_stem", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(SearchQuery.stem(of:))
    }

    /// Records the stem of every word of the full-text index (words already recorded are ignored).
    ///
    /// NB: one pass over the index's vocabulary per `index` run; a word whose units were all deleted keeps its
    /// row, which only adds a word that matches nothing to a query.
    static func update(_ db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO term_stem(stem, term) SELECT cablegram_stem(term), term FROM unit_vocabulary")
    }

    /// The indexed words that share the stem of `word` (lower-cased, folded).
    static func inflections(of word: String, in db: Database) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT term FROM term_stem WHERE stem = ?", arguments: [SearchQuery.stem(of: word)])
    }
}
