import CableModel
import Foundation
import TestSupport

/// One hand-labelled figure from `Gold/figures.tsv` or `Gold/figures-other.tsv`.
struct GoldFigure {
    let cable: String
    let unit: String
    let field: CableModel.Unit.Field
    /// The context with the figure in brackets: `it opened [24] criminal cases`.
    let context: GoldContext
    let value: Double?
    let low: Double?
    let high: Double?
    let noun: String
    let action: String

    /// The labelled figures of a gold file (`figures.tsv`, `figures-other.tsv`).
    static func load(_ file: String = "figures.tsv") -> [GoldFigure] {
        GoldFile.rows(file, columns: 9).map { columns in
            GoldFigure(
                cable: columns[0], unit: columns[1], field: CableModel.Unit.Field(rawValue: columns[2]) ?? .text,
                context: GoldContext(text: columns[3]),
                value: Double(columns[4]), low: Double(columns[5]), high: Double(columns[6]), noun: columns[7],
                action: columns[8])
        }
    }

    /// Where the figure stands: its unit, field and scalar range.
    func place(in cable: Cable) -> GoldPlace? { context.place(in: cable, unit: unit, field: field) }

    /// Whether an extracted figure has this value (or range).
    func hasSameValue(as figure: Figure) -> Bool {
        func same(_ a: Double?, _ b: Double?) -> Bool { a == b || (a != nil && b != nil && abs(a! - b!) < 1e-6) }
        return same(value, figure.value) && same(low, figure.low) && same(high, figure.high)
    }
}
