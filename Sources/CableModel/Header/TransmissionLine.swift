/// Recognisers for the lines of the transmission envelope above the FM line.
enum TransmissionLine {
    /// `VZCZCXRO0454`: start of message and channel.
    static func isChannel(_ line: String) -> Bool { line.hasPrefix("VZCZC") }

    /// `DE RUEHDBU #0170/01 0411222`: the sending station and message number.
    static func isStation(_ line: String) -> Bool { line.hasPrefix("DE R") || line.hasPrefix("DE #") }

    /// `ZNR UUUUU ZZH`, `ZNY CCCCC ZZH`: the transmission's classification marker.
    static func isSecurityMarker(_ line: String) -> Bool { line.hasPrefix("ZNR ") || line.hasPrefix("ZNY ") }

    /// `PP RUEHLN RUEHSK`, or a continuation line of routing indicators `RUEHPW RUEHROV RUEHSR`.
    static func isRouting(_ line: String) -> Bool {
        var words = line.split(separator: " ")
        guard !words.isEmpty else { return false }
        if words[0].count == 2, words[0].allSatisfy({ DateTimeGroup.precedenceNames[String($0)] != nil }) {
            words.removeFirst()
        }
        return !words.isEmpty && words.allSatisfy(isRoutingIndicator)
    }

    /// `ACTION AF-00`, `INFO  LOG-00   NP-00  AID-00`, `      SAS-00  /012W`: the Department's office distribution
    /// of an older cable, not addressees.
    static func isDistribution(_ line: String) -> Bool {
        var words = line.split(separator: " ")
        if words.first == "ACTION" || words.first == "INFO" { words.removeFirst() }
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in
            if word.hasPrefix("/") { return word.dropFirst().allSatisfy { $0.isLetter || $0.isNumber } }
            guard let dash = word.lastIndex(of: "-") else { return false }
            let code = word[..<dash]
            let count = word[word.index(after: dash)...]
            return !code.isEmpty && code.allSatisfy { $0.isUppercase || $0.isNumber } && count.count == 2
                && count.allSatisfy(\.isASCIIDigitCharacter)
        }
    }

    /// `RUEHDBU`: an R, then four to eight upper-case letters.
    static func isRoutingIndicator(_ word: Substring) -> Bool {
        word.count >= 5 && word.count <= 9 && word.first == "R" && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }
}

extension Addressee {
    /// Reads an addressee line: `RUEHC/SECSTATE WASHDC PRIORITY 1231`, `SECSTATE WASHDC PRIORITY 0974`.
    init?(line: String) {
        var rest = Substring(line.trimmingSpaces)
        guard !rest.isEmpty else { return nil }
        var indicator: String?
        if let slash = rest.firstIndex(of: "/"), TransmissionLine.isRoutingIndicator(rest[..<slash]) {
            indicator = String(rest[..<slash])
            rest = rest[rest.index(after: slash)...]
        }
        var words = rest.split(separator: " ").map(String.init)
        var serial: String?
        var precedence: String?
        if let last = words.last, last.allSatisfy(\.isASCIIDigitCharacter), words.count > 1 {
            serial = last
            words.removeLast()
        }
        if let last = words.last, DateTimeGroup.precedenceNames.values.contains(last), words.count > 1 {
            precedence = last
            words.removeLast()
            // NB: `NIACT IMMEDIATE`: night action, a precedence of two words.
            if words.last == "NIACT", words.count > 1 {
                precedence = "NIACT " + last
                words.removeLast()
            }
        }
        guard !words.isEmpty else { return nil }
        self.init(
            routingIndicator: indicator, name: words.joined(separator: " "), precedence: precedence, serial: serial)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let bytes = Array(utf8)[...].trimmed
        return bytes.count == utf8.count ? self : bytes.string
    }
}
