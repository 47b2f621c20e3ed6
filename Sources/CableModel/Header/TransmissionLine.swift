/// Recognisers for the lines of the transmission envelope above the FM line.
enum TransmissionLine {
    /// `VZCZCXRO0454`: start of message and channel.
    static func isChannel(_ line: String) -> Bool { line.hasPrefix("VZCZC") }

    /// `DE RUEHDBU #0170/01 0411222`: the sending station and message number.
    static func isStation(_ line: String) -> Bool { line.hasPrefix("DE R") || line.hasPrefix("DE #") }

    /// `ZNR UUUUU ZZH`, `ZNY CCCCC ZZH`: the transmission's classification marker.
    static func isSecurityMarker(_ line: String) -> Bool { line.hasPrefix("ZNR ") || line.hasPrefix("ZNY ") }

    /// The level a security marker gives by its letter written five times (`ZNY CCCCC ZZH` gives `CONFIDENTIAL`), or
    /// nil.
    static func securityLevel(_ line: String) -> String? {
        guard isSecurityMarker(line) else { return nil }
        let words = line.split(separator: " ")
        guard words.count >= 2, words[1].count == 5, let letter = words[1].first,
            words[1].allSatisfy({ $0 == letter })
        else { return nil }
        return securityLetters[letter]
    }

    /// The levels of the security marker's letters.
    private static let securityLetters: [Character: String] = [
        "U": "UNCLASSIFIED", "C": "CONFIDENTIAL", "S": "SECRET", "T": "TOP SECRET",
    ]

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
        // NB: every word of a distribution has a dash or opens with a slash; most lines have neither, and the
        // byte test spares them the split into words.
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }) else { return false }
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

    /// `PAGE 02 STATE 054321 171530Z`, `PAGE 01 HARARE 06677 01 OF 03 291400Z`: an older telegram's page header
    /// (the page, the post, the number, the section where written, the date-time group).
    static func isPageHeader(_ line: String) -> Bool {
        // NB: a page header's first word is `PAGE` and more follow; testing the bytes first spares other lines the
        // split into words.
        guard line.utf8.drop(while: { $0 == ASCII.space }).starts(with: "PAGE ".utf8) else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 4, words[0] == "PAGE", words[1].count <= 2, words[1].allSatisfy(\.isASCIIDigitCharacter),
            let last = words.last, isDayTime(last)
        else { return false }
        return words[2..<(words.count - 1)].contains { $0.count >= 3 && $0.allSatisfy(\.isASCIIDigitCharacter) }
    }

    /// `------------------A54E38  291401Z /38`: the Department's processing stamp above an older telegram's FM line.
    static func isProcessingStamp(_ line: String) -> Bool {
        line.hasPrefix("-----") && line.split(separator: " ").contains { isDayTime($0) }
    }

    /// `291401Z`: six digits and a Z.
    private static func isDayTime(_ word: Substring) -> Bool {
        word.count == 7 && word.last == "Z" && word.dropLast().allSatisfy(\.isASCIIDigitCharacter)
    }

    /// `RUEHDBU`: an R, then four to eight upper-case letters.
    static func isRoutingIndicator(_ word: Substring) -> Bool {
        word.count >= 5 && word.count <= 9 && word.first == "R" && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }
}
