/// One addressee of a cable: `RUEHC/SECSTATE WASHDC PRIORITY 1231`.
public struct Addressee: Sendable, Hashable, Codable {
    /// The routing indicator before the slash (`RUEHC`), where written.
    public let routingIndicator: String?
    /// The office addressed (`SECSTATE WASHDC`).
    public let name: String
    /// The precedence written for this addressee (`PRIORITY`, `IMMEDIATE`), where written.
    public let precedence: String?
    /// The addressee's serial number (`1231`), where written.
    public let serial: String?
    /// The office symbols within the office addressed (`J-3/J-5` of `JOINT STAFF WASHDC//J-3/J-5//`), where written.
    public let office: String?

    /// Creates an addressee.
    public init(routingIndicator: String?, name: String, precedence: String?, serial: String?, office: String? = nil) {
        self.routingIndicator = routingIndicator
        self.name = name
        self.precedence = precedence
        self.serial = serial
        self.office = office
    }
}
