import CableModel

/// Where the cable list reads its rows and opens its cables. The executable wires it to the library's database;
/// the browser itself knows nothing of SQLite, and tests hand it a list in memory.
public protocol CableListSource {
    /// How many cables the list holds.
    var count: Int { get }
    /// The rows at these positions of the list, in its order.
    func rows(_ positions: Range<Int>) throws(CableListError) -> [CableListRow]
    /// The cable a row names, parsed from its text.
    func cable(_ row: CableListRow) throws(CableListError) -> Cable
    /// The cables of this list that a query keeps (the library's syntax: `tag:KTIP date:2010 convicted`), in the
    /// same order; a query that does not parse throws its message.
    func filtered(by query: String) throws(CableListError) -> any CableListSource
}

/// Why the cable list could not read its source, as the status line says it.
public struct CableListError: Error, Hashable, Sendable {
    /// The message.
    public let message: String

    /// Creates an error with its message.
    public init(_ message: String) { self.message = message }
}
