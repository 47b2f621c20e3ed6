/// A library query that cannot be read, with the part at fault.
public struct QuerySyntaxError: Error, Equatable, Sendable {
    /// What is wrong, worded for the user.
    public let message: String
    /// The offending part as typed.
    public let part: String
    /// Where it starts in the query, in characters.
    public let column: Int

    /// The message with the query underneath and a caret under the offending part.
    public func pointing(into query: String) -> String {
        let caret = String(repeating: " ", count: column) + String(repeating: "^", count: max(1, part.count))
        return "\(message)\n  \(query)\n  \(caret)"
    }
}
