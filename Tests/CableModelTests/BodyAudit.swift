import CableModel
import Foundation

/// What a reader would see go wrong in one file's cables, found by naive scans written apart from the parser.
///
/// Each count is a place to look: a unit holding a line that is not the author's (page break, routing, footer), a
/// paragraph marker that opens a line after a blank line or a finished sentence but starts no unit, a line break
/// left inside a sentence.
struct BodyAudit: Sendable {
    /// Cables with no unit at all.
    var emptyBodies: [String] = []
    /// `file unit: line` for units holding a page-break, routing or footer line.
    var debrisUnits: [String] = []
    /// `file: marker` for paragraph markers that start no unit.
    var missedMarkers: [String] = []
    /// `file unit: …words…` for unit texts with a line break inside a sentence.
    var brokenSentences: [String] = []
    /// How many cables the file loaded as.
    var cables = 0
    /// `file: message` for files that did not load.
    var failures: [String] = []

    /// Adds another file's findings.
    mutating func add(_ other: BodyAudit) {
        emptyBodies += other.emptyBodies
        debrisUnits += other.debrisUnits
        missedMarkers += other.missedMarkers
        brokenSentences += other.brokenSentences
        cables += other.cables
        failures += other.failures
    }

    /// Audits the cables `name`'s bytes loaded as.
    init(name: String, source: [UInt8], cables: [Cable]) {
        self.cables = cables.count
        for (position, cable) in cables.enumerated() {
            let label = cables.count > 1 ? "\(name)#\(position + 1)" : name
            if cable.units.isEmpty { emptyBodies.append(label) }
            for unit in cable.units {
                for field in [unit.heading ?? "", unit.text] {
                    if let line = BodyAudit.debrisLine(in: field) {
                        debrisUnits.append("\(label) \(unit.id): \(line.prefix(80))")
                        break
                    }
                }
                if let broken = BodyAudit.brokenSentence(in: unit.text) {
                    brokenSentences.append("\(label) \(unit.id): \(broken)")
                }
            }
        }
        let ids = Set(cables.flatMap { $0.units.map(\.id) })
        let text = String(decoding: source, as: UTF8.self)
        for number in BodyAudit.paragraphMarkers(in: text) where !ids.contains("\(number)") {
            missedMarkers.append("\(name): \(number).")
        }
    }

    init() {}
}

extension BodyAudit {
    /// A line (or a run of text) that is a page break, a routing line or a footer.
    static func debrisLine(in text: String) -> String? {
        // NB: an item whose whole text is redacted (`¶D. XXXXXXXXXXX`) is the author's item, not debris.
        if !text.isEmpty, text.allSatisfy({ $0 == "X" }) { return nil }
        for (position, line) in text.split(separator: "\n").enumerated() {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            // NB: a paragraph redacted whole (`¶9. (C) XXXXXXXXXXXX`) opens its text with the redaction: the author's.
            let isOwnRedaction = position == 0 && words.count == 1 && words[0].allSatisfy { $0 == "X" }
            if isPageBreak(words) || isRouting(line, words: words) || (!isOwnRedaction && isFooter(line, words: words))
            {
                return String(line)
            }
        }
        return nil
    }

    /// `DUSHANBE 00000170 002.2 OF 012` anywhere, or `PAGE 02 HARARE 06677 01 OF 03 291400Z`.
    private static func isPageBreak(_ words: [Substring]) -> Bool {
        guard words.count >= 4 else { return false }
        for index in 0..<(words.count - 3) {
            let page = words[index + 1].split(separator: ".").first ?? ""
            let isNumber = words[index].count == 8 && words[index].allSatisfy(\.isNumber)
            if isNumber, !page.isEmpty, page.allSatisfy(\.isNumber), words[index + 2].uppercased() == "OF",
                words[index + 3].allSatisfy(\.isNumber)
            {
                return true
            }
            if words[index] == "PAGE", words[index + 1].count == 2, words[index + 1].allSatisfy(\.isNumber),
                words[(index + 2)...].prefix(6).contains("OF")
            {
                return true
            }
        }
        return false
    }

    /// `VZCZC...`, `DE RUEHxx #0412/01`, `FM AMEMBASSY X`, `TO RUEHC/SECSTATE`, `NNNN`, `O 161036Z DEC 04`.
    private static func isRouting(_ line: Substring, words: [Substring]) -> Bool {
        guard let first = words.first else { return false }
        if first.hasPrefix("VZCZC") || (words.count == 1 && first == "NNNN") { return true }
        if words.count >= 2, ["FM", "TO", "INFO"].contains(first),
            words[1].hasPrefix("RUEH") || ["AMEMBASSY", "SECSTATE", "AMCONSUL"].contains(words[1])
        {
            return true
        }
        if first == "DE", words.count >= 3, words[1].hasPrefix("RUEH"), words[2].hasPrefix("#") { return true }
        let isDateTime = words.count == 4 && words[1].count == 7 && words[1].hasSuffix("Z")
        return isDateTime && first.count <= 2 && first.allSatisfy(\.isUppercase)
            && words[1].dropLast().allSatisfy(\.isNumber)
    }

    /// `Visit Embassy X's Classified Website: http://...`, a box of asterisks, a lone `XXXXXXXXXXXX`.
    private static func isFooter(_ line: Substring, words: [Substring]) -> Bool {
        if line.localizedCaseInsensitiveContains("Classified Website") { return true }
        if words.count == 1, words[0].count >= 5, words[0].allSatisfy({ $0 == "*" }) { return true }
        return words.count == 1 && words[0].count >= 8 && words[0].allSatisfy { $0 == "X" }
    }

    /// Where a single line break falls inside a sentence: a line ending in a letter, a comma or a hyphenless word,
    /// followed by a line opening in lower case.
    static func brokenSentence(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 1
        while index + 1 < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "\n", scalars[index + 1] != "\n", scalars[index - 1] != "\n" else { continue }
            let before = scalars[index - 1]
            let after = scalars[index + 1]
            guard before.properties.isLowercase || before == ",", after.properties.isLowercase else { continue }
            let from = max(0, index - 30)
            let to = min(scalars.count, index + 30)
            var window = String.UnicodeScalarView()
            window.append(contentsOf: scalars[from..<to])
            return String(window).replacingOccurrences(of: "\n", with: "⏎")
        }
        return nil
    }
}

extension BodyAudit {
    /// Paragraph numbers that open a line (`¶4.`, `4.`, `4.(C)`) after a blank line or a line ending a sentence,
    /// and continue the rising sequence (the next number after the last one counted).
    ///
    /// A number with a portion marking that resumes the sequence below the last one counted (`4. (C)` after `4.`,
    /// `5.` without markings) shows that the unmarked numbers counted since its predecessor were a list's: they are
    /// taken back.
    static func paragraphMarkers(in source: String) -> [Int] {
        var numbers: [Int] = []
        var cableStart = 0
        var unmarked: Set<Int> = []
        var last = 0
        var previousEnds = true
        // NB: a list restarted from 1 in a cable whose paragraphs all carry a marking (a roster) goes on with
        // unmarked one-line entries that end no sentence, even past the paragraphs' next number (`6. (U) Rosters`
        // / `1. Jane Doe, Ministry` ... `7. John Roe, Customs`): they are the list's, as the model reads them.
        var listNext: Int?
        var allMarked = true
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (position, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            defer { previousEnds = line.isEmpty || endsSentence(line) }
            if line.hasPrefix("VZCZC") || line.hasPrefix("This record is a partial extract") {
                last = 0
                cableStart = numbers.count
                unmarked = []
                listNext = nil
                allMarked = true
            }
            // NB: `¶4. (U) Visit X's Classified Website: ...` (or `webpage`) numbers a footer, not a paragraph of the
            // author's, and its label may wrap onto the next lines (`visit our` / `classified website at:`).
            let opening = lines[position..<min(lines.count, position + 3)].joined(separator: " ")
            let isFooter =
                line.localizedCaseInsensitiveContains("Classified Web")
                || (line.localizedCaseInsensitiveContains("visit")
                    && opening.localizedCaseInsensitiveContains("Classified Web"))
            guard previousEnds, let number = leadingNumber(line), !isFooter else { continue }
            let isMarked = line.contains(where: { $0 == "(" }) && portionMarked(line)
            if !isMarked, number == 1, last > 0 { listNext = 1 }
            if !isMarked, number == listNext {
                listNext = number + 1
                let isOneLine = position + 1 == lines.count || lines[position + 1].allSatisfy(\.isWhitespace)
                if allMarked, isOneLine, !endsSentence(line), number > last { continue }
            } else if isMarked {
                listNext = nil
            }
            let counted = numbers[cableStart...]
            let resumes =
                isMarked && number <= last && counted.contains(number - 1)
                && (number...last).allSatisfy { unmarked.contains($0) }
            guard number == last + 1 || resumes else { continue }
            if resumes { numbers.removeSubrange((numbers.count - (last - number + 1))...) }
            if isMarked { unmarked.remove(number) } else { unmarked.insert(number) }
            allMarked = allMarked && isMarked
            numbers.append(number)
            last = number
        }
        return numbers
    }

    /// `¶12. (C) Text`, `12. Text`, `12.(C)`: the number, when a period and a space, parenthesis or capital follow.
    private static func leadingNumber(_ line: String) -> Int? {
        var rest = Substring(line)
        if rest.hasPrefix("¶") { rest = rest.dropFirst() }
        let digits = rest.prefix(while: \.isASCIIDigitCharacter)
        guard (1...2).contains(digits.count), let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        guard rest.first == "." else { return nil }
        let next = rest.dropFirst().first
        return next == nil || next == " " || next == "(" || (next?.isUppercase ?? false) ? number : nil
    }

    /// `4. (C) Text`, `¶4.(SBU)`: a portion marking right after the number.
    private static func portionMarked(_ line: String) -> Bool {
        let rest = line.drop { $0 != "." }.dropFirst().drop { $0 == " " }
        guard rest.first == "(", let close = rest.firstIndex(of: ")") else { return false }
        let marking = rest[rest.index(after: rest.startIndex)..<close]
        return (1...12).contains(marking.count) && marking.allSatisfy { $0.isUppercase || $0 == "/" }
    }

    private static func endsSentence(_ line: String) -> Bool {
        var text = Substring(line)
        while let last = text.last, "\"')]”’".contains(last) { text = text.dropLast() }
        guard let last = text.last else { return false }
        return ".?!:;".contains(last)
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
