/// What an action asks of the event loop after changing the state; actions never draw.
public struct Reaction: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Nothing visible changed.
    public static let none: Reaction = []
    /// Draw the screen again.
    public static let redraw = Reaction(rawValue: 1)
    /// Clear the terminal and draw everything again (Ctrl-L, after other programs wrote to the terminal).
    public static let repaint = Reaction(rawValue: 2)
    /// Leave the browser.
    public static let quit = Reaction(rawValue: 4)
    /// Leave the browser as an interrupt would (Ctrl-C outside a prompt): the program ends with status 130.
    public static let interrupt = Reaction(rawValue: 16)
    /// Carry out the state's `output` request (the clipboard, a file): actions never do it themselves.
    public static let output = Reaction(rawValue: 32)
    /// Open another cable of the file: the one `CablePlace.requested` names.
    public static let switchCable = Reaction(rawValue: 8)
    /// Close the cable and show the library's cable list again (Backspace at the start of the jump list).
    public static let closeCable = Reaction(rawValue: 64)
}
