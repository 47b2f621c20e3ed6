/// Finds the words of a text held as Unicode scalars: maximal runs of letters, digits and combining marks.
///
/// Everything else separates words, so `Tajikistan's` is `Tajikistan` and `s`, `anti-TIP` is `anti` and `TIP`,
/// and `130.1` is `130` and `1`. Queries are cut by the same rule, so a query word like `anti-TIP` becomes the
/// phrase of its parts.
enum WordScanner {
    /// Calls `body` with the scalar range of each word, in order.
    @inline(__always)
    static func forEachWord(in scalars: [Unicode.Scalar], _ body: (Int, Int) -> Void) {
        var index = 0
        let count = scalars.count
        while index < count {
            let value = scalars[index].value
            let isStart = value < 0x80 ? UInt8(value).isASCIIAlphanumeric
                : (!ScalarFolding.isCombiningMark(value) && ScalarFolding.isWordScalar(scalars[index]))
            guard isStart else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < count, isContinuation(scalars[index]) { index += 1 }
            body(start, index)
        }
    }

    @inline(__always)
    private static func isContinuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return UInt8(value).isASCIIAlphanumeric }
        return ScalarFolding.isWordScalar(scalar)
    }

    /// The words of a string, as strings (for queries and reference lists, not for the hot path).
    static func words(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var words: [String] = []
        forEachWord(in: scalars) { start, end in
            var word = ""
            word.unicodeScalars.append(contentsOf: scalars[start..<end])
            words.append(word)
        }
        return words
    }
}
