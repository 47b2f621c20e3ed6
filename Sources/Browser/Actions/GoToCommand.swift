/// The words the go-to prompt takes besides unit ids: `:q` and `:p5`.
enum GoToCommand {
    /// What quits, as in vim and less.
    static let quitWords: Set<String> = ["q", "quit", "q!", "qa"]

    /// The page of `:p5`, `:p 5`, `:page 5`; nil for anything else.
    static func page(in typed: String) -> Int? {
        var text = Substring(typed.lowercased())
        for word in ["page", "p"] where text.hasPrefix(word) {
            text = text.dropFirst(word.count)
            break
        }
        guard text.count < typed.count else { return nil }
        let digits = text.drop { $0 == " " }
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }
}

extension Character {
    /// Whether the character is 0–9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
