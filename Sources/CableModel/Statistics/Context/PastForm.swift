/// The past form of an English verb as written in any form (`receives`, `exporting`, `add`, `rise`), so that an
/// action reads the same whatever the tense of its sentence (`received`, `exported`, `added`, `rose`).
enum PastForm {
    /// The past form of `word` (lower case); a past form stays as it is.
    static func of(_ word: String) -> String {
        if let irregular = ActionLexicon.irregularPastOf[word] { return irregular }
        if ActionLexicon.irregularPast.contains(word) || word.hasSuffix("ed") { return word }
        if word.count > 5, word.hasSuffix("ing") { return String(word.dropLast(3)) + "ed" }
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "ied" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { return of(String(word.dropLast())) }
        if word.hasSuffix("e") { return word + "d" }
        if word.count > 2, word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return String(word.dropLast()) + "ied"
        }
        return word + "ed"
    }
}
