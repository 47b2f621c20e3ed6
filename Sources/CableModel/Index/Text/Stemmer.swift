/// A light English stemmer: plural and verb endings and `-er`, so that `traffic`, `trafficking`, `trafficked`,
/// `traffickers` share a stem, as do `case`/`cases`, `stop`/`stopped`, `policy`/`policies`.
///
/// NB: written rather than taken from a package: the index needs only inflections, not the derivations a full
/// Porter stemmer removes (`-ation`, `-ness`), and this runs on bytes inside the index build. Words that are not
/// all lower-case ASCII letters (numbers, other scripts) are their own stem.
enum Stemmer {
    /// The stem of a lower-cased, diacritic-folded word.
    static func stem(_ word: [UInt8]) -> [UInt8] {
        guard word.count > 3, word.allSatisfy(\.isASCIILower) else { return word }
        var stem = word
        removePlural(&stem)
        let stripped = removeVerbEnding(&stem)
        if stripped {
            undouble(&stem)
            dropFinalKOfIck(&stem)
        }
        while stem.count >= 4, stem.last == e { stem.removeLast() }
        return stem
    }

    private static let verbEndings: [(StaticString, Int)] = [("ing", 3), ("ed", 3), ("er", 4)]
    private static let e = UInt8(ascii: "e")
    private static let s = UInt8(ascii: "s")

    /// `-sses` → `-ss`, `-ies` → `-y`, `-s` → nothing (not after `s`, `u` or `i`: `glass`, `status`, `analysis`).
    private static func removePlural(_ stem: inout [UInt8]) {
        guard stem.last == s else { return }
        if stem.hasSuffix("sses") {
            stem.removeLast(2)
        } else if stem.hasSuffix("ies"), stem.count > 4 {
            stem.removeLast(3)
            stem.append(UInt8(ascii: "y"))
        } else if let before = stem.dropLast().last, before != s, before != UInt8(ascii: "u"),
            before != UInt8(ascii: "i")
        {
            stem.removeLast()
        }
    }

    /// `-ied` → `-y`; `-ing`, `-ed`, `-er` removed when a stem with a vowel is left. Tells whether one was removed.
    private static func removeVerbEnding(_ stem: inout [UInt8]) -> Bool {
        if stem.hasSuffix("ied"), stem.count > 4 {
            stem.removeLast(3)
            stem.append(UInt8(ascii: "y"))
            return false
        }
        for (suffix, shortest) in verbEndings where stem.hasSuffix(suffix) {
            let rest = stem.dropLast(suffix.utf8CodeUnitCount)
            guard rest.count >= shortest, rest.contains(where: isVowel) else { return false }
            stem.removeLast(suffix.utf8CodeUnitCount)
            return true
        }
        return false
    }

    /// `stopp` → `stop`, but `call`, `pass`, `buzz` keep their doubled letter.
    private static func undouble(_ stem: inout [UInt8]) {
        guard stem.count >= 3, let last = stem.last, stem[stem.count - 2] == last, !isVowel(last),
            last != UInt8(ascii: "l"), last != s, last != UInt8(ascii: "z")
        else { return }
        stem.removeLast()
    }

    /// `traffick` → `traffic`, `panick` → `panic` (a `k` added before an ending), but `kick`, `trick` keep it.
    private static func dropFinalKOfIck(_ stem: inout [UInt8]) {
        guard stem.hasSuffix("ick") else { return }
        var vowelGroups = 0
        var previousWasVowel = false
        for byte in stem.dropLast(3) {
            let vowel = isVowel(byte)
            if vowel, !previousWasVowel { vowelGroups += 1 }
            previousWasVowel = vowel
        }
        if vowelGroups >= 1 { stem.removeLast() }
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == e || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "o")
            || byte == UInt8(ascii: "u") || byte == UInt8(ascii: "y")
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes end with the ASCII `suffix`.
    fileprivate func hasSuffix(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard count >= length else { return false }
        let tail = suffix.utf8Start
        for offset in 0..<length where self[count - length + offset] != tail[offset] { return false }
        return true
    }
}
