extension Addressee {
    /// Reads an addressee line: `RUEHC/SECSTATE WASHDC PRIORITY 1231`, `SECSTATE WASHDC PRIORITY 0974`,
    /// `RUEKJCS/JOINT STAFF WASHDC//J-3/J-5// IMMEDIATE` (the office within it after `//`).
    init?(line: String) {
        var rest = Substring(line.trimmingSpaces)
        let indicator = Self.takeRoutingIndicator(&rest)
        var words = rest.split(separator: " ").map(String.init)
        let serial = Self.takeSerial(&words)
        let precedence = Self.takePrecedence(&words)
        let (name, office) = Self.office(in: words.joined(separator: " "))
        guard !name.isEmpty else { return nil }
        self.init(routingIndicator: indicator, name: name, precedence: precedence, serial: serial, office: office)
    }

    /// The routing indicator before the first slash (`RUEHC/`), taken off `rest`. A word of routing-indicator
    /// shape that lost its leading `R` in transmission (`UEHSM/AMEMBASSY STOCKHOLM`) is one too.
    private static func takeRoutingIndicator(_ rest: inout Substring) -> String? {
        guard let slash = rest.firstIndex(of: "/"), slash > rest.startIndex else { return nil }
        let word = rest[..<slash]
        // NB: a slash inside an office's own name (`S/P`, `ISA/EUR`) is short, or follows a space or `//`.
        let isIndicator =
            TransmissionLine.isRoutingIndicator(word)
            || (word.count >= 4 && word.count <= 8 && word.allSatisfy { $0.isUppercase && $0.isLetter }
                && rest[rest.index(after: slash)...].first?.isLetter == true)
        guard isIndicator else { return nil }
        rest = rest[rest.index(after: slash)...]
        return String(word)
    }

    /// The message serial ending the line (`1231`, `0000`, `475`), taken off `words`. Fewer than three digits
    /// belong to the name (`CTF 72`, a task force).
    private static func takeSerial(_ words: inout [String]) -> String? {
        guard words.count > 1, let last = words.last, last.count >= 3, last.allSatisfy(\.isASCIIDigitCharacter)
        else { return nil }
        words.removeLast()
        return last
    }

    /// The precedence ending the words (`PRIORITY`, `NIACT IMMEDIATE`), taken off `words`; a precedence that lost
    /// one letter in transmission (`PRIORTY`) is read as the precedence it was.
    private static func takePrecedence(_ words: inout [String]) -> String? {
        guard words.count > 1, let last = words.last, let precedence = precedenceName(last) else { return nil }
        words.removeLast()
        // NB: `NIACT IMMEDIATE`: night action, a precedence of two words.
        if words.last == "NIACT", words.count > 1 {
            words.removeLast()
            return "NIACT " + precedence
        }
        return precedence
    }

    /// The precedence `word` names, written whole or with one letter lost.
    private static func precedenceName(_ word: String) -> String? {
        let names = DateTimeGroup.precedenceNames.values
        if names.contains(word) { return word }
        guard word.count >= 5 else { return nil }
        return names.first { name in
            name.count == word.count + 1
                && name.indices.contains { index in
                    var shorter = name
                    shorter.remove(at: index)
                    return shorter == word
                }
        }
    }

    /// The office addressed and the office symbols after `//` within it (`JOINT STAFF WASHDC//J-3/J-5//`):
    /// `JOINT STAFF WASHDC` and `J-3/J-5`.
    private static func office(in text: String) -> (name: String, office: String?) {
        let characters = Array(text)
        guard
            let slashes = characters.indices.dropLast().first(where: {
                characters[$0] == "/" && characters[$0 + 1] == "/"
            })
        else { return (text, nil) }
        let name = String(characters[..<slashes]).trimmingSpaces
        var symbols = Substring(String(characters[(slashes + 2)...]))
        while symbols.hasSuffix("/") { symbols = symbols.dropLast() }
        let office = String(symbols).trimmingSpaces
        return (name, office.isEmpty ? nil : office)
    }
}
