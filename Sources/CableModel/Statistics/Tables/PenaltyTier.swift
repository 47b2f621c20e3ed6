/// One prescribed penalty of a statute: a term (`5 to 8 years`), perhaps with a fine, and when it applies.
public struct PenaltyTier: Sendable, Equatable {
    /// Whether the term is an upper bound (`up to 2 years`, `a maximum of 10 years`).
    public let isUpperBound: Bool

    /// Where the tier stands in the statute's scale.
    public enum Kind: String, Sendable, CaseIterable {
        /// The basic penalty: the first one the text gives for the statute.
        case base
        /// A heavier penalty for aggravating circumstances (`increases to 12 to 15 years if …`), or the graver end
        /// of a range of terms (`from 5 to 7 years to 15 to 20 years`).
        case aggravated
        /// Another penalty beside the first (`three years for working in such an organization`).
        case other
    }

    /// Where the tier stands: base, aggravated or another penalty.
    public let kind: Kind
    /// The lower end of the term (nil for `up to 2 years`).
    public let low: Double?
    /// The upper end of the term, or the term itself.
    public let high: Double?
    /// The unit of the term (`years`, `months`).
    public let unit: String
    /// Whether a fine is the alternative or the lower end (`a fine or up to 2 years`, `from a fine to 2 years`).
    public let withFine: Bool
    /// Whether the fine is the lower end of a range (`from a fine to 2 years`) rather than an alternative.
    public let fineIsLowerEnd: Bool
    /// What the text says makes it apply (`if committed by an organized group`, `under aggravated circumstances`).
    public let condition: String?
    /// The id of the figure it comes from.
    public let figure: Int

    /// The term as a reader would write it: `5–8 years`, `up to 2 years`, `fine to 2 years`, `fine or up to 2 years`.
    public var text: String {
        var term: String
        if let low, let high, low != high {
            term = "\(FigureFormat.number(low))–\(FigureFormat.number(high)) \(unit)"
        } else {
            term = "\(isUpperBound && !fineIsLowerEnd ? "up to " : "")\(FigureFormat.number(high ?? low ?? 0)) \(unit)"
        }
        if withFine { term = (fineIsLowerEnd ? "fine to " : "fine or ") + term }
        return term
    }
}
