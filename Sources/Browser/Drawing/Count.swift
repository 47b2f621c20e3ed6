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

    /// One decimal place, or two significant digits below 0.1 (`0.042`): a rate or a time that is small but
    /// not nothing does not read as `0.0`.
    public static func decimal(_ value: Double) -> String {
        var places = 1
        while value != 0, abs(value) * pow10(places) < 1, places < 5 { places += 1 }
        if places > 1 { places += 1 }
        let scaled = Int((abs(value) * pow10(places)).rounded())
        guard scaled != 0 else { return "0.0" }
        let unit = Int(pow10(places))
        let fraction = String(scaled % unit)
        let sign = value < 0 ? "-" : ""
        return sign + "\(scaled / unit)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    private static func pow10(_ places: Int) -> Double {
        (0..<places).reduce(1) { product, _ in product * 10 }
    }
}
