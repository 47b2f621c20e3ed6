/// What the letter typed after `m` or `'` does.
public enum MarkCommand: Hashable, Sendable {
    /// `m`: marks the current place with the letter.
    case set
    /// `'`: goes to the place marked with the letter.
    case goTo
}
