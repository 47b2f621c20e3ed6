import CableModel
import Foundation
import TestSupport

/// One hand-labelled figure of a Trafficking in Persons report cable, from `Gold/tip-figures.tsv`.
struct TIPGoldFigure {
    /// The cable, unit, context and value, placed as the other gold figures are.
    let figure: GoldFigure
    let category: String
    let action: String
    let year: Int?
    let period: String
    let statute: String

    /// The labelled figures in the gold file.
    static func load() -> [TIPGoldFigure] {
        GoldFile.rows("tip-figures.tsv", columns: 11).map { columns in
            let figure = GoldFigure(
                cable: columns[0], unit: columns[1], field: .text, context: GoldContext(text: columns[2]),
                value: Double(columns[3]), low: Double(columns[4]), high: Double(columns[5]), noun: "",
                action: columns[7])
            return TIPGoldFigure(
                figure: figure, category: columns[6], action: columns[7], year: Int(columns[8]), period: columns[9],
                statute: columns[10])
        }
    }

    /// Whether an extracted figure at this place with this value also names the same action and year.
    func agrees(with extracted: Figure) -> Bool {
        (extracted.reportedAction?.rawValue ?? "") == action && extracted.year == year
    }
}
