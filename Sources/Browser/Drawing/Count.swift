/// Numbers as the summaries and the cable list write them.
public enum Count {
    /// `6594` as `6,594`.
    public static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var output = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { output.append(",") }
            output.append(digit)
        }
        return output
    }

    /// `1 unit`, `4 units`, `6,594 cables`: the count grouped and the noun in its number (`plural` when adding an
    /// `s` does not make it).
    public static func of(_ value: Int, _ singular: String, plural: String? = nil) -> String {
        "\(grouped(value)) " + (value == 1 ? singular : plural ?? singular + "s")
    }

    /// One decimal place.
    public static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
