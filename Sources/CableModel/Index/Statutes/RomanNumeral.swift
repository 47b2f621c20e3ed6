/// Upper-case Roman numerals up to 3999.
enum RomanNumeral {
    /// The value of a well-formed numeral (`IV` is 4); nil otherwise (`IIII`, `VX`, words).
    static func value(of text: String) -> Int? {
        let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        let values = text.compactMap { digits[$0] }
        guard !values.isEmpty, values.count == text.count else { return nil }
        var total = 0
        for (index, value) in values.enumerated() {
            total += index + 1 < values.count && values[index + 1] > value ? -value : value
        }
        return canonical(total) == text ? total : nil
    }

    private static func canonical(_ number: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var number = number
        var text = ""
        for (value, letters) in table {
            while number >= value {
                text += letters
                number -= value
            }
        }
        return text
    }
}
