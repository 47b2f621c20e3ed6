/// Something about a loaded cable that a reader should worry about: a missing header fact, text that no paragraph
/// holds, or a warning met while loading.
public enum CableProblem: Hashable, Sendable {
    /// The header gives no cable id.
    case noID
    /// The header gives no date.
    case noDate
    /// The header gives no classification.
    case noClassification
    /// Text before the first paragraph that is neither header nor heading (the unit that holds it).
    case textBeforeFirstParagraph(unit: String)
    /// A problem met while loading, worded for the user.
    case warning(String)

    /// The problem worded for one line of `check`.
    public var message: String {
        switch self {
        case .noID: "no cable id"
        case .noDate: "no date"
        case .noClassification: "no classification"
        case .textBeforeFirstParagraph(let unit): "text before the first paragraph (unit \(unit))"
        case .warning(let text): text
        }
    }

    /// The same wording for every cable the problem holds in (a warning's numbers read `N`), for counting.
    public var kind: String {
        switch self {
        case .textBeforeFirstParagraph: "text before the first paragraph"
        case .warning(let text): CableProblem.numbersAsN(text)
        default: message
        }
    }

    /// `the serial 0412 disagrees with 411` → `the serial N disagrees with N`.
    private static func numbersAsN(_ text: String) -> String {
        var result = ""
        var inNumber = false
        for character in text {
            let isDigit = character.isASCII && character.isNumber
            if isDigit, !inNumber { result.append("N") }
            if !isDigit { result.append(character) }
            inNumber = isDigit
        }
        return result
    }
}
