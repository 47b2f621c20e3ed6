/// The precedence and date-time group line: `P R 101222Z FEB 10`, `O 260858Z JUL 06 ZDK`.
struct DateTimeGroup: Equatable {
    /// When the cable was sent, in UTC.
    var date: CableDate
    /// The action precedence, spelled out (`PRIORITY`).
    var precedence: String?
    /// The info precedence, spelled out (`ROUTINE`).
    var infoPrecedence: String?

    /// Precedence letters and their names.
    static let precedenceNames: [String: String] = [
        "Z": "FLASH", "O": "IMMEDIATE", "P": "PRIORITY", "R": "ROUTINE", "Y": "EMERGENCY",
    ]

    /// A quick test on bytes before the full reading: six digits then `Z`, early in a short line.
    static func mightStandIn(_ line: ByteText) -> Bool {
        guard line.count <= 48 else { return false }
        var run = 0
        for byte in line.prefix(20) {
            if byte.isASCIIDigit {
                run += 1
            } else {
                if run == 6, byte == UInt8(ascii: "Z") { return true }
                run = 0
            }
        }
        return false
    }

    /// Recognises a date-time group line, or returns nil.
    init?(_ line: String) {
        let words = line.split(separator: " ").map(String.init)
        guard let groupIndex = words.firstIndex(where: DateTimeGroup.isDayTime), groupIndex <= 2,
            groupIndex + 2 < words.count,
            let month = CableDate.month(named: words[groupIndex + 1]), words[groupIndex + 1].count == 3,
            let year = Int(words[groupIndex + 2]), words[groupIndex + 2].count == 2 || words[groupIndex + 2].count == 4
        else { return nil }
        let letters = words[..<groupIndex]
        guard letters.allSatisfy({ DateTimeGroup.precedenceNames[$0] != nil }) else { return nil }
        let group = Array(words[groupIndex].utf8)
        func number(_ offset: Int) -> Int { group[offset].digitValue * 10 + group[offset + 1].digitValue }
        guard
            let date = CableDate(
                year: CableDate.expandingYear(year), month: month, day: number(0), hour: number(2), minute: number(4))
        else { return nil }
        self.date = date
        precedence = letters.first.flatMap { DateTimeGroup.precedenceNames[$0] }
        infoPrecedence = letters.dropFirst().first.flatMap { DateTimeGroup.precedenceNames[$0] }
    }

    /// `101222Z`: six digits and a Z.
    private static func isDayTime(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        return bytes.count == 7 && bytes[6] == UInt8(ascii: "Z") && bytes[..<6].allSatisfy(\.isASCIIDigit)
    }
}
