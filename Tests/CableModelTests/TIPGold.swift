import CableModel
import Foundation
import TestSupport

/// One hand-labelled figure of a Trafficking in Persons report cable, from `Gold/tip-figures.tsv`.
struct TIPGoldFigure {
    /// The cable, unit, context and value, placed as the first round's gold figures are.
    let figure: GoldFigure
    let category: String
    let action: String
    let year: Int?
    let period: String
    let statute: String

    /// The labelled figures in the gold file.
    static func load() -> [TIPGoldFigure] {
        GoldFigure.rows(of: "tip-figures.tsv", columns: 11).map { columns in
            let figure = GoldFigure(
                cable: columns[0], unit: columns[1], field: .text, context: columns[2], value: Double(columns[3]),
                low: Double(columns[4]), high: Double(columns[5]), noun: "", action: columns[7])
            return TIPGoldFigure(
                figure: figure, category: columns[6], action: columns[7], year: Int(columns[8]), period: columns[9],
                statute: columns[10])
        }
    }

    /// Where the figure stands, as `GoldFigure.place(in:)` finds it, except that a run of spaces and line breaks in
    /// the cable matches one space of the context (`in prison.  Brothel owners`).
    func place(in cable: Cable) -> (unit: String, field: CableModel.Unit.Field, range: Range<Int>)? {
        let (plain, figureRange) = figure.plainContext
        let wanted = Array(plain.unicodeScalars)
        let labelled = cable.unit(id: figure.unit).map { [($0, CableModel.Unit.Field.text)] } ?? []
        let others = cable.units.flatMap { unit in [(unit, CableModel.Unit.Field.heading), (unit, .text)] }
        for (unit, field) in labelled + others {
            let (collapsed, origin) = TIPGoldFigure.collapsed(unit.value(of: field))
            guard let start = TIPGoldFigure.firstIndex(of: wanted, in: collapsed) else { continue }
            let lower = origin[start + figureRange.lowerBound]
            let upper = origin[start + figureRange.upperBound - 1] + 1
            return (unit.id, field, lower..<upper)
        }
        return nil
    }

    /// The text's scalars with each run of white space made one space, and each one's offset in the text.
    static func collapsed(_ text: String) -> (scalars: [Unicode.Scalar], origin: [Int]) {
        var scalars: [Unicode.Scalar] = []
        var origin: [Int] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let isSpace = scalar == " " || scalar == "\n" || scalar == "\t"
            if isSpace, scalars.last == " " { continue }
            scalars.append(isSpace ? " " : scalar)
            origin.append(offset)
        }
        return (scalars, origin)
    }

    private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { start in
            haystack[start] == needle[0] && Array(haystack[start..<(start + needle.count)]) == needle
        }
    }

    /// Whether an extracted figure at this place with this value also names the same action and year.
    func agrees(with extracted: Figure) -> Bool {
        (extracted.reportedAction?.rawValue ?? "") == action && extracted.year == year
    }
}
