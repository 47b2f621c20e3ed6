/// How figures are written for display: whole numbers with thousands separators, decimals as needed.
public enum FigureFormat {
    /// `24`, `1,295`, `1.5`, `81,000,000`.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        if value == value.rounded(), abs(value) < 1e15 {
            return grouped(String(Int(value)))
        }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    private static func grouped(_ digits: String) -> String {
        let negative = digits.hasPrefix("-")
        let body = Array(negative ? digits.dropFirst() : Substring(digits))
        guard body.count > 3 else { return digits }
        var output = ""
        for (position, character) in body.enumerated() {
            if position > 0, (body.count - position) % 3 == 0 { output.append(",") }
            output.append(character)
        }
        return (negative ? "-" : "") + output
    }
}
