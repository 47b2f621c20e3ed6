extension String {
    /// The string without leading and trailing spaces and tabs.
    public var trimmingSpaces: String {
        let bytes = Array(utf8)[...].trimmed
        return bytes.count == utf8.count ? self : bytes.string
    }
}
