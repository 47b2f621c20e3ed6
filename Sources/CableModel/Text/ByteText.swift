/// A stretch of UTF-8 text: a line, a field or a block, sharing the storage of the decoded file.
typealias ByteText = ArraySlice<UInt8>

extension ArraySlice where Element == UInt8 {
    /// The text without leading and trailing spaces and tabs.
    var trimmed: ByteText {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isBlank { start += 1 }
        while end > start, self[end - 1].isBlank { end -= 1 }
        return self[start..<end]
    }

    /// The text without trailing spaces and tabs.
    var trimmedTrailing: ByteText {
        var end = endIndex
        while end > startIndex, self[end - 1].isBlank { end -= 1 }
        return self[startIndex..<end]
    }

    /// Whether the text holds only spaces and tabs.
    var isBlankLine: Bool { allSatisfy { $0.isBlank } }

    /// The text as a Swift string.
    var string: String { String(decoding: self, as: UTF8.self) }

    /// Whether the text starts with `prefix`, comparing ASCII letters without regard to case.
    func hasPrefix(ignoringCase prefix: String) -> Bool {
        var index = startIndex
        for byte in prefix.utf8 {
            guard index < endIndex, self[index].asciiUppercased == byte.asciiUppercased else { return false }
            index += 1
        }
        return true
    }

    /// Whether the text starts with `prefix` exactly.
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard count >= prefix.count else { return false }
        return self[startIndex..<startIndex + prefix.count].elementsEqual(prefix)
    }

    /// Whether the text ends with `suffix` exactly.
    func hasSuffix(_ suffix: String) -> Bool {
        let bytes = Array(suffix.utf8)
        return count >= bytes.count && self[(endIndex - bytes.count)...].elementsEqual(bytes)
    }

    /// The first index of `needle` at or after `from`, comparing ASCII letters without regard to case.
    ///
    /// NB: the loader and the body ask this of every line; reading the needle's bytes in place and skipping to the
    /// bytes that can begin it spares an allocation per call and most of the comparisons.
    func firstIndex(ofIgnoringCase needle: String, from: Int? = nil) -> Int? {
        var needle = needle
        let start = (from ?? startIndex) - startIndex
        guard start >= 0 else { return nil }
        // NB: through the buffers, without a bounds check on each byte: this is the loader's most frequent loop.
        let found = needle.withUTF8 { pattern in
            withUnsafeBufferPointer { text in ByteText.firstOffset(ofIgnoringCase: pattern, in: text, from: start) }
        }
        return found.map { startIndex + $0 }
    }

    /// The offset of the first `pattern` in `text` at or after `start`, comparing ASCII letters without regard to case.
    fileprivate static func firstOffset(
        ofIgnoringCase pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        guard let first = pattern.first?.asciiUppercased else { return nil }
        let otherFirst = first.isASCIIUpper ? first + 0x20 : first
        var index = start
        let last = text.count - pattern.count
        while index <= last {
            let byte = text[index]
            if byte == first || byte == otherFirst {
                var offset = 1
                while offset < pattern.count, text[index + offset].asciiUppercased == pattern[offset].asciiUppercased {
                    offset += 1
                }
                if offset == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The index just past a run of digits that starts at `index` (equal to `index` when there is none).
    func endOfDigits(from index: Int) -> Int {
        var end = index
        while end < endIndex, self[end].isASCIIDigit { end += 1 }
        return end
    }

    /// The index just past the word (a run of bytes other than spaces and tabs) that starts at `index`.
    func endOfWord(from index: Int) -> Int {
        var end = index
        while end < endIndex, !self[end].isBlank { end += 1 }
        return end
    }

    /// The index just past a run of spaces and tabs that starts at `index`.
    func endOfBlanks(from index: Int) -> Int {
        var end = index
        while end < endIndex, self[end].isBlank { end += 1 }
        return end
    }

    /// The decimal value of the digits in `range`, or nil when the run is empty or too long to be a count.
    func integer(in range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else { return nil }
        var value = 0
        for index in range { value = value * 10 + self[index].digitValue }
        return value
    }

    /// Whether the byte at `index` starts a word: it is the first byte or follows a non-alphanumeric byte.
    func isWordStart(_ index: Int) -> Bool {
        index == startIndex || !self[index - 1].isASCIIAlphanumeric
    }

    /// Whether a word ends just before `index`: it is the end or an alphanumeric byte does not follow.
    func isWordEnd(_ index: Int) -> Bool {
        index >= endIndex || !self[index].isASCIIAlphanumeric
    }

    /// The words of the text, split at spaces and tabs.
    var words: [ByteText] {
        split(whereSeparator: { $0.isBlank })
    }
}

extension String {
    /// Whether the text holds `needle`, comparing ASCII letters without regard to case, read in place.
    func contains(ignoringCase needle: String) -> Bool {
        var text = self
        var needle = needle
        return text.withUTF8 { text in
            needle.withUTF8 { pattern in ByteText.firstOffset(ofIgnoringCase: pattern, in: text, from: 0) != nil }
        }
    }
}
