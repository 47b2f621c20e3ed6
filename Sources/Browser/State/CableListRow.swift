/// One cable as the library's cable list shows it: the columns, and the key that opens it.
public struct CableListRow: Hashable, Sendable {
    /// What names the cable uniquely in its source (two cables of different files may share an id).
    public let key: Int64
    /// The cable id (`09LIMA120`).
    public let id: String
    /// The date, `YYYY-MM-DD`, or empty when the cable has none.
    public let date: String
    /// Where it came from: the post, else the originator as written.
    public let origin: String
    /// The classification as written (`SECRET//NOFORN`), or empty.
    public let classification: String
    /// The subject line, or empty.
    public let subject: String
    /// How many places in the cable hold the filter's words, when the filter has words.
    public let hits: Int?

    /// Creates a row.
    public init(
        key: Int64, id: String, date: String, origin: String, classification: String, subject: String,
        hits: Int? = nil
    ) {
        self.key = key
        self.id = id
        self.date = date
        self.origin = origin
        self.classification = classification
        self.subject = subject
        self.hits = hits
    }
}
