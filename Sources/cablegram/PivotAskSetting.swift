import Browser

/// `$CABLEGRAM_PIVOT_ASKS_ABOVE`: the longest list whose pivot the browser reads without asking first.
enum PivotAskSetting {
    /// The variable's name.
    static let name = "CABLEGRAM_PIVOT_ASKS_ABOVE"

    /// The count the environment sets (nil when unset or not a count), and what the status line says of a value
    /// that is not one.
    static func longest(in environment: [String: String]) -> (count: Int?, problem: String?) {
        guard let text = environment[name] else { return (nil, nil) }
        guard let count = Int(text), count >= 0 else {
            let shown = TerminalText.visible(text)
            let standard = Count.grouped(LibraryPivot.longestUnasked)
            return (nil, "\(name)=\(shown) is not a count of cables: the pivot asks above \(standard)")
        }
        return (count, nil)
    }
}
