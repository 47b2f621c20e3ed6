/// Who classified a cable and why, read from its `Classified By:` line: `DCM Jane Roe for reasons 1.4 (b) and (d)`.
public struct ClassificationAuthority: Sendable, Equatable, Codable {
    /// The officer's title as written (`DCM`, `Political Counselor`, `CDA, U.S. Embassy Tripoli`), where written.
    public let title: String?
    /// The officer's name (`Jane Roe`), where written.
    public let name: String?
    /// The reasons for classification (`1.4 (b) and (d)`), where written.
    public let reasons: String?

    /// Creates an authority.
    public init(title: String?, name: String?, reasons: String?) {
        self.title = title
        self.name = name
        self.reasons = reasons
    }
}
