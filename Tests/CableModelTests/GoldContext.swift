import CableModel
import Foundation
import TestSupport

/// A gold file's context: a few words of a cable with the labelled thing in brackets (`it opened [24] cases`).
struct GoldContext {
    /// The context as labelled, brackets included.
    let text: String

    /// The context without brackets, and the bracketed part's position (in scalars) inside it.
    var plain: (text: String, marked: Range<Int>) {
        let scalars = Array(text.unicodeScalars)
        let open = scalars.firstIndex(of: "[") ?? 0
        let close = scalars.firstIndex(of: "]") ?? scalars.count
        var plain = String.UnicodeScalarView()
        plain.append(contentsOf: scalars[..<open])
        plain.append(contentsOf: scalars[(open + 1)..<close])
        plain.append(contentsOf: scalars[min(scalars.count, close + 1)...])
        return (String(plain), open..<(close - 1))
    }

    /// Where the bracketed part stands: its unit, field and scalar range. The labelled unit and field are tried
    /// first; when the loader has drawn the outline differently, the unit and field whose text holds the context.
    func place(in cable: Cable, unit: String, field: CableModel.Unit.Field) -> GoldPlace? {
        let labelled = cable.unit(id: unit).map { [($0, field)] } ?? []
        let others = cable.units.flatMap { unit in [(unit, CableModel.Unit.Field.heading), (unit, .text)] }
        for context in [self] + repaired {
            for (candidate, candidateField) in labelled + others {
                if let range = context.range(in: candidate.value(of: candidateField)) {
                    return GoldPlace(unit: candidate.id, field: candidateField, range: range)
                }
            }
        }
        return nil
    }

    /// The context as the loader repairs the cable: without the portion marking that opens a paragraph (`(SBU) `),
    /// and with a `¶` that the web conversion put for a number's line start removed (`Article ¶2.`).
    var repaired: [GoldContext] {
        var texts: [String] = []
        if text.hasPrefix("("), let close = text.firstIndex(of: ")"),
            text.distance(from: text.startIndex, to: close) < 8
        {
            texts.append(String(text[text.index(after: close)...]).trimmingCharacters(in: .whitespaces))
        }
        if text.contains("¶") { texts.append(text.replacingOccurrences(of: "¶", with: "")) }
        return texts.map(GoldContext.init)
    }

    /// The bracketed part's scalar range in `value`, when `value` holds the context. Runs of white space (line
    /// ends, tabs, a table's columns) compare as one space on both sides: labellers join wrapped lines with one
    /// space and keep a table's runs, and the repaired text may do either.
    func range(in value: String) -> Range<Int>? {
        let field = GoldContext.folded(Array(value.unicodeScalars))
        let (plain, marked) = plain
        let context = GoldContext.folded(Array(plain.unicodeScalars))
        guard let start = context.scalars.firstIndex(where: { _ in true }),
            let markedStart = context.positions.firstIndex(where: { $0 >= marked.lowerBound }),
            let markedEnd = context.positions.lastIndex(where: { $0 < marked.upperBound })
        else { return nil }
        let needle = context.scalars
        let hay = field.scalars
        guard needle.count <= hay.count else { return nil }
        for offset in 0...(hay.count - needle.count) where hay[offset] == needle[start] {
            guard Array(hay[offset..<(offset + needle.count)]) == needle else { continue }
            return field.positions[offset + markedStart]..<(field.positions[offset + markedEnd] + 1)
        }
        return nil
    }

    /// The scalars with every run of white space as one space, and each kept scalar's position in the original.
    static func folded(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], positions: [Int]) {
        var kept: [Unicode.Scalar] = []
        var positions: [Int] = []
        for (position, scalar) in scalars.enumerated() {
            let isSpace = scalar.properties.isWhitespace
            if isSpace, kept.last == " " { continue }
            kept.append(isSpace ? " " : scalar)
            positions.append(position)
        }
        return (kept, positions)
    }
}

/// Where a gold context's bracketed part stands in a cable.
struct GoldPlace: Equatable {
    let unit: String
    let field: CableModel.Unit.Field
    let range: Range<Int>
}

/// The rows of a tab-separated gold file of `Tests/CableModelTests/Gold/`, less comments and the column line.
enum GoldFile {
    static func rows(_ name: String, columns: Int) -> [[String]] {
        let url = SharedData.repositoryRoot.appendingPathComponent("Tests/CableModelTests/Gold/" + name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.hasPrefix("cable\t") else { return nil }
            let row = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return row.count >= columns ? row : nil
        }
    }
}
