/// Finds the words of a text held as Unicode scalars: maximal runs of letters, digits and combining marks.
///
/// Everything else separates words, so `Tajikistan's` is `Tajikistan` and `s`, `anti-TIP` is `anti` and `TIP`,
/// and `241.2` is `241` and `2`. Queries are cut by the same rule, so a query word like `anti-TIP` becomes the
/// phrase of its parts.
enum WordScanner {
    /// Calls `body` with the scalar range of each word, in order.
    @inline(__always)
    static func forEachWord(in scalars: [Unicode.Scalar], _ body: (Int, Int) -> Void) {
        var index = 0
        while let (start, end) = nextWord(in: scalars, from: index) {
            body(start, end)
            index = end
        }
    }

    /// The scalar range of the first word at or after `index`, or nil when none is left.
    @inline(__always)
    static func nextWord(in scalars: [Unicode.Scalar], from index: Int) -> (Int, Int)? {
        var index = index
        let count = scalars.count
        while index < count {
            let value = scalars[index].value
            let isStart =
                value < 0x80
                ? UInt8(value).isASCIIAlphanumeric
                : (!ScalarFolding.isCombiningMark(value) && ScalarFolding.isWordScalar(scalars[index]))
            if isStart { break }
            index += 1
        }
        guard index < count else { return nil }
        let start = index
        index += 1
        while index < count, isContinuation(scalars[index]) { index += 1 }
        return (start, index)
    }

    @inline(__always)
    private static func isContinuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return UInt8(value).isASCIIAlphanumeric }
        return ScalarFolding.isWordScalar(scalar)
    }

    /// The words of a string, as strings (for queries and reference lists, not for the hot path).
    static func words(of text: String) -> [String] {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        var words: [String] = []
        forEachWord(in: scalars) { start, end in words.append(scalars.string(start..<end)) }
        return words
    }
}
