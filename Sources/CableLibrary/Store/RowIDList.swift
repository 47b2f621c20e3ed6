/// Row ids handed to one statement as a JSON array, which it reads with `json_each(?)`.
///
/// NB: a list of parameters would be bounded by SQLite's limit on them (32,766), and a statement per id would end
/// a full-text statement per id (see `FullTextRows`).
enum RowIDList {
    /// `[1,2,3]`.
    static func json(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
}
