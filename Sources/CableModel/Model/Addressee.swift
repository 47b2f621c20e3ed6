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

    /// Creates an addressee.
    public init(routingIndicator: String?, name: String, precedence: String?, serial: String?) {
        self.routingIndicator = routingIndicator
        self.name = name
        self.precedence = precedence
        self.serial = serial
    }
}
