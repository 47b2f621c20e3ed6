/// A telegram that the REF line refers to: `A. STATE 1234`, `09 MOSCOW 567`.
public struct CableReference: Sendable, Equatable, Codable {
    /// The letter that labels it on the REF line (`A`), where there is one.
    public let label: String?
    /// The reference as written, without its label.
    public let text: String
    /// The cable id it names (`09STATE12345`), where its form allows one.
    public let cableID: String?

    /// Creates a reference.
    public init(label: String?, text: String, cableID: String?) {
        self.label = label
        self.text = text
        self.cableID = cableID
    }
}
