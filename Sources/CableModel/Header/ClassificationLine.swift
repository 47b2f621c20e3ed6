/// The classification line: `UNCLAS SECTION 01 OF 03 LIMA 000120`, `C O N F I D E N T I A L STATE 012345`.
///
/// It may be letter-spaced, carry caveats (`SECRET//NOFORN`), lack the section part, and stand glued to the end
/// of the last routing line (`...WASHINGTON DCS E C R E T SECTION 01 OF 05`).
struct ClassificationLine: Equatable {
    /// The normalised classification (`UNCLASSIFIED`, `SECRET//NOFORN`).
    var classification: String
    /// Caveats written with the classification (`SENSITIVE`, `EFTO`).
    var caveats: [String] = []
    /// `SECTION 01 OF 12` gives 12.
    var sectionCount: Int?
    /// The post (`LIMA`, `NEW DELHI`).
    var post: String?
    /// The cable number (`000170` gives 170).
    var number: Int?
    /// Text before the classification on the same line (the end of a routing line it is glued to).
    var before: String
    /// Text after the number on the same line (fields such as `SIPDIS E.O. 12958: ...`).
    var after: String

    /// The classification levels, longest reading first where one holds another.
    static let levels = [
        "UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "TOP SECRET", "LIMITED OFFICIAL USE",
    ]
    /// The one-word levels, which typists space out (`S E C R E T`), misspell or glue to the word before.
    static let spacedLevels = ["UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET"]
    private static let caveatWords: Set<String> = [
        "NOFORN", "NOCONTRACT", "ORCON", "EXDIS", "NODIS", "LIMDIS", "SENSITIVE", "EFTO", "FGI", "MR", "REL", "PROPIN",
    ]

    /// Recognises the classification line in `line`, or returns nil.
    init?(_ line: String) {
        // NB: a row of a tab-separated export glues the line to its envelope field with a tab.
        var written = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        // NB: an export's record labels the level (`CLASSIFICATION: SECRET`); the label opens the line.
        if written.first?.uppercased() == ClassificationLine.label { written.removeFirst() }
        // NB: some cables write the line in lower case (`S e c r e t state 004134`); match it in capitals.
        var words = written.map { $0.uppercased() }
        guard let found = ClassificationLine.findLevel(in: words) ?? ClassificationLine.misspelledLevel(in: words)
        else { return nil }
        if let rest = found.restOfNext {
            written[found.next] = String(written[found.next].suffix(rest.count))
            words[found.next] = rest
        }
        var index = found.next
        var level = found.level
        if level.hasPrefix("UNCLAS"), !level.hasPrefix("UNCLASSIFIED") { level = "UNCLASSIFIED" + level.dropFirst(6) }
        var caveats = found.extraCaveats
        while index < words.count {
            let word = words[index]
            if word.hasPrefix("/") {
                level += word
            } else if ClassificationLine.caveatWords.contains(word) {
                caveats.append(word)
            } else {
                break
            }
            index += 1
        }
        var sectionCount: Int?
        if index + 3 < words.count, words[index] == "SECTION", words[index + 2] == "OF", Int(words[index + 1]) != nil {
            sectionCount = Int(words[index + 3])
            index += 4
        }
        var postWords: [String] = []
        var number: Int?
        var scan = index
        while scan < words.count, postWords.count < 4 {
            let word = words[scan]
            if word.count >= 3, word.allSatisfy(\.isASCIIDigitCharacter) {
                number = Int(word)
                scan += 1
                break
            }
            // NB: a header flattened onto one line glues the next field to the number (`000409SIPDIS`).
            if let glued = ClassificationLine.numberGluedToField(word) {
                number = glued.number
                written[scan] = String(written[scan].dropFirst(glued.digits))
                break
            }
            guard word.allSatisfy({ $0.isUppercase || $0 == "-" || $0 == "." }) else { break }
            postWords.append(word)
            scan += 1
        }
        let isLineStart = found.start == 0 && found.gluedPrefix.isEmpty && !found.isMisspelled
        // NB: away from the start of a line, or misspelled, a level word is only a classification when the post and
        // number follow.
        guard isLineStart || number != nil || sectionCount != nil else { return nil }
        if number == nil {
            postWords = []
            scan = index
        }
        self.classification = level
        self.caveats = caveats
        self.sectionCount = sectionCount
        let post = postWords.joined(separator: " ")
        // NB: a post withheld by the release (`XXXXXXXXXXXX 000004`) is no post; the FM line may give it.
        self.post = postWords.isEmpty || Redaction.isRedacted(Array(post.utf8)[...]) ? nil : post
        self.number = number
        // NB: the boundary of an export's fields (`DC","UNCLAS`) is neither the routing line's nor the level's.
        let prefix = String(written[found.start].prefix(found.gluedPrefix.count))
        let gluedPrefix = found.gluedPrefix.isEmpty ? [] : [ClassificationLine.droppingFieldBoundary(prefix)]
        // NB: joined as arrays: the first `joined` of an `ArraySlice` resolves its associated types at run time.
        self.before = (Array(written[..<found.start]) + gluedPrefix).joined(separator: " ")
        self.after = Array(written[scan...]).joined(separator: " ")
    }

    /// A quick test on bytes before the full reading: the line holds a level word, plain or letter-spaced.
    static func mightStandIn(_ line: ByteText) -> Bool {
        // NB: without their first letter, so that a level misspelled at its start (`C ONFIDENTIAL`) is read too.
        for probe in ["NCLAS", "ONFIDENTIAL", "ECRET", "LIMITED OFFICIAL", "N C L A", "O N F I", "E C R E"]
        where line.firstIndex(ofIgnoringCase: probe) != nil {
            return true
        }
        return false
    }

    struct Level {
        var level: String
        var start: Int
        var next: Int
        var gluedPrefix: String
        var extraCaveats: [String]
        /// The word at `next` without the level's last letters glued to it (`LCAIRO` gives `CAIRO`).
        var restOfNext: String? = nil
        /// Misspaced, a letter doubled or the first one lost (`CO N F I D E N T I A L`): the post and number must follow.
        var isMisspelled = false
    }

    /// Finds a level word, unspaced or letter-spaced, possibly glued to the end of the word before it.
    private static func findLevel(in words: [String]) -> Level? {
        var index = 0
        while index < words.count {
            let word = words[index]
            if let level = unspacedLevel(words, at: index) {
                return Level(level: level.name, start: index, next: level.next, gluedPrefix: "", extraCaveats: [])
            }
            if let glued = gluedUnspacedLevel(word) {
                return Level(
                    level: glued.level, start: index, next: index + 1, gluedPrefix: glued.prefix, extraCaveats: [])
            }
            if word.count == 1, word.first!.isUppercase {
                var end = index
                var letters = ""
                while end < words.count, words[end].count == 1, words[end].first!.isUppercase {
                    letters += words[end]
                    end += 1
                }
                if letters.count >= 4, let level = spacedLevels.first(where: { letters.hasPrefix($0) }) {
                    let extra = String(letters.dropFirst(level.count))
                    return Level(
                        level: level, start: index, next: end, gluedPrefix: "",
                        extraCaveats: extra.isEmpty ? [] : [extra])
                }
                if letters.count >= 4, let glued = levelGluedToPost(letters, next: end, in: words) {
                    return Level(
                        level: glued.level, start: index, next: end, gluedPrefix: "", extraCaveats: [],
                        restOfNext: glued.rest)
                }
                if letters.count >= 4, index > 0,
                    let glued = gluedLevel(previous: words[index - 1], letters: letters)
                {
                    return Level(
                        level: glued.level, start: index - 1, next: end, gluedPrefix: glued.prefix, extraCaveats: [])
                }
                // NB: `E C R E T`: a level that lost its first letter, at the start of the line.
                if index == 0, letters.count >= 5, let level = spacedLevels.first(where: { $0.hasSuffix(letters) }) {
                    return Level(level: level, start: index, next: end, gluedPrefix: "", extraCaveats: [])
                }
                index = end
                continue
            }
            index += 1
        }
        return nil
    }

    /// `DCS` + `E C R E T`: the level's first letter ends the word before.
    private static func gluedLevel(previous: String, letters: String) -> (level: String, prefix: String)? {
        for level in spacedLevels where level.hasSuffix(letters) {
            let missing = String(level.dropLast(letters.count))
            if !missing.isEmpty, previous.hasSuffix(missing), previous.count > missing.count {
                return (level, String(previous.dropLast(missing.count)))
            }
        }
        return nil
    }

    private static func unspacedLevel(_ words: [String], at index: Int) -> (name: String, next: Int)? {
        let word = words[index]
        if word == "TOP", index + 1 < words.count, words[index + 1].hasPrefix("SECRET") {
            return ("TOP SECRET" + String(words[index + 1].dropFirst(6)), index + 2)
        }
        if word == "LIMITED", index + 2 < words.count, words[index + 1] == "OFFICIAL", words[index + 2] == "USE" {
            return ("LIMITED OFFICIAL USE", index + 3)
        }
        for level in levels where !level.contains(" ") && word.hasPrefix(level) {
            let rest = word.dropFirst(level.count)
            if rest.isEmpty || rest.hasPrefix("/") {
                return (level + String(rest), index + 1)
            }
        }
        return nil
    }

    /// `UUNCLAS`, `WASHDCSECRET`: a level glued to letters before it; only a classification when the post and
    /// number follow, which the caller checks.
    private static func gluedUnspacedLevel(_ word: String) -> (level: String, prefix: String)? {
        for level in spacedLevels where word.hasSuffix(level) {
            let prefix = String(word.dropLast(level.count))
            // NB: after an export's field boundary (`0404","UNCLAS`) the level opens a field, whatever ends the last.
            let opensField = prefix.count > 3 && droppingFieldBoundary(prefix) != prefix
            if !prefix.isEmpty, opensField || prefix.allSatisfy(\.isUppercase) { return (level, prefix) }
        }
        return nil
    }
}

extension Character {
    /// An ASCII digit.
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
