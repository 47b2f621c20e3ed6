/// Something the browser asks the event loop to write, since actions never touch the terminal or the disk.
public enum OutputRequest: Hashable, Sendable {
    /// Text for the terminal's clipboard (OSC 52).
    case clipboard(String)
    /// A file to write, and the number of table rows it holds (for the message).
    case file(path: String, contents: String, rows: Int)
}
