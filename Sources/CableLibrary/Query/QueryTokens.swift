/// Cuts a library query into tokens at spaces outside quotes, and tells field filters (`tag:KTIP`,
/// `statute:"Criminal Code"`) from the words of the search.
enum QueryTokens {
    /// One token as typed.
    struct Token {
        /// The token's text (quotes kept for words, so the search sees its phrases).
        let text: String
        /// Where it starts, in characters.
        let column: Int
        /// The field it filters on, when it is `field:value`.
        let field: QueryField?
        /// The filter's value without its quotes.
        let value: String
    }

    /// The tokens of `query`.
    static func split(_ query: String) throws(QuerySyntaxError) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(query)
        var index = 0
        while index < characters.count {
            if characters[index].isWhitespace {
                index += 1
                continue
            }
            let start = index
            var quoted = false
            while index < characters.count, quoted || !characters[index].isWhitespace {
                if characters[index] == "\"" { quoted.toggle() }
                index += 1
            }
            let text = String(characters[start..<index])
            if quoted {
                throw QuerySyntaxError(message: "a quote is not closed", part: text, column: start)
            }
            tokens.append(try token(text, column: start))
        }
        return tokens
    }

    /// A token, read as a filter when it starts with a name of letters and `-` followed by a colon.
    private static func token(_ text: String, column: Int) throws(QuerySyntaxError) -> Token {
        let body = text.hasPrefix("-") ? String(text.dropFirst()) : text
        guard let colon = body.firstIndex(of: ":"), colon > body.startIndex,
            body[..<colon].allSatisfy({ $0.isLetter || $0 == "-" }), !body[..<colon].hasPrefix("\"")
        else { return Token(text: text, column: column, field: nil, value: "") }
        let name = body[..<colon].lowercased()
        guard let field = QueryField(rawValue: name) else {
            throw QuerySyntaxError(
                message: "unknown field '\(name)'; the fields are \(QueryField.list)", part: text, column: column)
        }
        if text.hasPrefix("-") {
            throw QuerySyntaxError(message: "a filter cannot be excluded", part: text, column: column)
        }
        var value = String(body[body.index(after: colon)...])
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
            value = String(value.dropFirst().dropLast())
        }
        return Token(text: text, column: column, field: field, value: value)
    }
}
