import Browser

/// What a wait for input with a time limit ended with.
public enum TerminalWait: Hashable, Sendable {
    /// A key, a mouse event or a new size.
    case event(InputEvent)
    /// The time passed with nothing typed.
    case idle
    /// Input has ended, or a termination signal arrived.
    case ended
}
