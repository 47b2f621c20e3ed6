import CableModel
import Foundation
import TestSupport

/// One hand-labelled figure from `Gold/figures.tsv`.
struct GoldFigure {
    let cable: String
    let unit: String
    let field: CableModel.Unit.Field
    /// The context with the figure in brackets: `it opened [24] criminal cases`.
    let context: String
    let value: Double?
    let low: Double?
    let high: Double?
    let noun: String
    let action: String

    /// The context without brackets, and the figure's position (in scalars) inside it.
    var plainContext: (text: String, figure: Range<Int>) {
        let scalars = Array(context.unicodeScalars)
        let open = scalars.firstIndex(of: "[") ?? 0
        let close = scalars.firstIndex(of: "]") ?? scalars.count
        var plain = String.UnicodeScalarView()
        plain.append(contentsOf: scalars[..<open])
        plain.append(contentsOf: scalars[(open + 1)..<close])
        plain.append(contentsOf: scalars[min(scalars.count, close + 1)...])
        return (String(plain), open..<(close - 1))
    }

    /// The rows of a gold file of `Tests/CableModelTests/Gold/` with at least `columns` columns, comments and the
    /// header left out.
    static func rows(of file: String, columns: Int) -> [[String]] {
        let url = SharedData.repositoryRoot.appendingPathComponent("Tests/CableModelTests/Gold/\(file)")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line -> [String]? in
            guard !line.hasPrefix("#"), !line.hasPrefix("cable\t") else { return nil }
            let row = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return row.count >= columns ? row : nil
        }
    }

    /// The labelled figures in the gold file.
    static func load() -> [GoldFigure] {
        rows(of: "figures.tsv", columns: 9).map { columns in
            GoldFigure(
                cable: columns[0], unit: columns[1], field: CableModel.Unit.Field(rawValue: columns[2]) ?? .text,
                context: columns[3],
                value: Double(columns[4]), low: Double(columns[5]), high: Double(columns[6]), noun: columns[7],
                action: columns[8])
        }
    }

    /// Where the figure stands: its unit, field and scalar range. The labelled unit is tried first; when the loader
    /// has drawn the outline differently, the unit and field whose text holds the context.
    func place(in cable: Cable) -> (unit: String, field: CableModel.Unit.Field, range: Range<Int>)? {
        let labelled = cable.unit(id: unit).map { [($0, field)] } ?? []
        let others = cable.units.flatMap { unit in [(unit, CableModel.Unit.Field.heading), (unit, .text)] }
        for (candidate, candidateField) in labelled + others {
            if let range = range(in: candidate.value(of: candidateField)) {
                return (candidate.id, candidateField, range)
            }
        }
        return nil
    }

    private func range(in value: String) -> Range<Int>? {
        let text = GoldFigure.oneLine(value)
        let (plain, figure) = plainContext
        guard let found = text.range(of: plain) else { return nil }
        // NB: the field's offsets and the one-line text's offsets agree when whitespace runs are single characters.
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
        return (start + figure.lowerBound)..<(start + figure.upperBound)
    }

    static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : Character($0) })
    }

    /// Whether an extracted figure has this value (or range).
    func hasSameValue(as figure: Figure) -> Bool {
        func same(_ a: Double?, _ b: Double?) -> Bool { a == b || (a != nil && b != nil && abs(a! - b!) < 1e-6) }
        return same(value, figure.value) && same(low, figure.low) && same(high, figure.high)
    }
}
