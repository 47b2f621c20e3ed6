/// A unit of a library cable that matches a query.
public struct LibraryHit: Sendable, Equatable {
    /// The cable's row.
    public let key: Int64
    /// The cable id.
    public let cableID: String
    /// The unit id (`27.E`); `subject` for a match in the subject or tags.
    public let unitID: String
    /// The BM25 score (higher is better).
    public let score: Double
    /// The snippet, with the matched words between `highlightStart` and `highlightEnd` markers.
    public let snippet: String

    /// The marker that opens a matched word in `snippet`.
    public static let highlightStart = "\u{E000}"
    /// The marker that closes it.
    public static let highlightEnd = "\u{E001}"
}
