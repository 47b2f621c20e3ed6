/// The help screen while it shows: how far it is scrolled.
public struct HelpState: Hashable, Sendable {
    /// The first line shown.
    public var scroll = 0

    /// Creates a help screen at the top.
    public init() {}
}
