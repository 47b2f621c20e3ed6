import CableModel

/// Where the cable list reads its rows and opens its cables. The executable wires it to the library's database;
/// the browser itself knows nothing of SQLite, and tests hand it a list in memory.
public protocol CableListSource {
    /// How many cables the list holds.
    var count: Int { get }
    /// The words the list's filter looks for (empty when it only filters by fields), searched in a cable opened
    /// from it.
    var words: String { get }
    /// The rows at these positions of the list, in its order.
    func rows(_ positions: Range<Int>) throws(CableListError) -> [CableListRow]
    /// The cable a row names, parsed from its text.
    func cable(_ row: CableListRow) throws(CableListError) -> Cable
    /// The position in this list of the cable with this id, if the list holds it.
    func position(of id: String) throws(CableListError) -> Int?
    /// The cables a query keeps (the library's syntax: `tag:KTIP date:2010 convicted`; empty keeps all) in the
    /// order asked, sorted by the source; a query that does not parse throws its message.
    func answer(_ filter: String, order: CableListOrder) throws(CableListError) -> any CableListSource
    /// What the preview shows of the cable a row names, its tags explained by `knowledge`'s glossary.
    func preview(_ row: CableListRow, knowledge: GeneralKnowledge) throws(CableListError) -> CablePreview
}

extension CableListSource {
    /// The preview of the cable parsed from its text, for a source that keeps nothing else.
    public func preview(_ row: CableListRow, knowledge: GeneralKnowledge) throws(CableListError) -> CablePreview {
        CablePreview(key: row.key, cable: try cable(row), knowledge: knowledge)
    }
}

/// Why the cable list could not read its source, as the status line says it.
public struct CableListError: Error, Hashable, Sendable {
    /// The message.
    public let message: String

    /// Creates an error with its message.
    public init(_ message: String) { self.message = message }
}
