/// The character encoding a cable's bytes were read in.
public enum SourceEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    /// ISO 8859-1 with Windows-1252's printable characters in 0x80–0x9F, as old exports wrote it.
    case latin1 = "Latin-1"
}
