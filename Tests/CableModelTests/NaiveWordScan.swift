import CableModel
import Foundation
import TestSupport

/// A deliberately simple scan of a cable's words, written apart from the index, to check search against.
struct NaiveWordScan {
    /// One word of the text.
    struct Word {
        let unitID: String
        let field: CableModel.Unit.Field
        let range: Range<Int>
        /// Lower case, diacritics removed.
        let folded: String
        /// Case kept, diacritics removed.
        let written: String
    }

    let words: [Word]

    /// The words of the subject (unit `subject`, its heading, as the index holds it) and of every unit's fields.
    init(_ cable: Cable) {
        var fields: [(unitID: String, field: CableModel.Unit.Field, text: String)] = []
        if let subject = cable.header.subject, !subject.isEmpty {
            fields.append((CableIndex.subjectUnitID, .heading, subject))
        }
        for unit in cable.units {
            fields += [CableModel.Unit.Field.heading, .text].map { (unit.id, $0, unit.value(of: $0)) }
        }
        var words: [Word] = []
        for (unitID, field, text) in fields {
            let scalars = Array(text.unicodeScalars)
            var start: Int?
            for index in 0...scalars.count {
                let isWord = index < scalars.count && NaiveWordScan.isWordScalar(scalars[index])
                if isWord, start == nil { start = index }
                if !isWord, let begin = start {
                    let written = NaiveWordScan.fold(scalars[begin..<index])
                    words.append(
                        Word(
                            unitID: unitID, field: field, range: begin..<index, folded: written.lowercased(),
                            written: written))
                    start = nil
                }
            }
        }
        self.words = words
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
            || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Removes diacritics scalar by scalar (keeping offsets), with Foundation's folding.
    static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        for scalar in scalars where scalar.properties.generalCategory != .nonspacingMark {
            guard scalar.value >= 0x80 else {
                text.unicodeScalars.append(scalar)
                continue
            }
            text += String(scalar).folding(options: .diacriticInsensitive, locale: nil)
        }
        return text
    }

    /// Every word for which `matches` holds, as spans.
    func spans(where matches: (Word) -> Bool) -> Set<TextSpan> {
        Set(words.filter(matches).map { TextSpan(unitID: $0.unitID, field: $0.field, range: $0.range) })
    }

    /// Two words in a row in one field whose folded forms are `first` and `second`.
    func phraseSpans(_ first: String, _ second: String) -> Set<TextSpan> {
        var found: Set<TextSpan> = []
        for (word, next) in zip(words, words.dropFirst())
        where word.unitID == next.unitID && word.field == next.field && word.folded == first && next.folded == second {
            found.insert(
                TextSpan(unitID: word.unitID, field: word.field, range: word.range.lowerBound..<next.range.upperBound))
        }
        return found
    }
}
