/// One line of the key map: an action, the keys that trigger it where, and the words that explain it.
public struct KeyBinding: Sendable {
    /// The action.
    public let action: Action
    /// Where the binding applies.
    public let scope: KeyScope
    /// The keys, in the order the help screen lists them.
    public let keys: [Key]
    /// One line for the help screen.
    public let help: String
    /// A word or two for the status line's hints, or nil to leave the action out of them.
    public let hint: String?

    /// Creates a binding.
    public init(_ action: Action, _ scope: KeyScope, _ keys: [Key], _ help: String, hint: String? = nil) {
        self.action = action
        self.scope = scope
        self.keys = keys
        self.help = help
        self.hint = hint
    }

    /// The keys as the help screen shows them: `↓ j`.
    public var keyLabels: String { keys.map(\.label).joined(separator: " ") }
}
