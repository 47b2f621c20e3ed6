import CableModel
import Foundation
import TestSupport
import Testing

/// Precision and recall of figure extraction against the hand-labelled figures of `Gold/figures.tsv`.
@Suite struct FigureGoldTests {
    @Test(.enabled(if: SharedData.shouldRun)) func precisionAndRecall() throws {
        let gold = GoldFigure.load()
        #expect(gold.count > 100, "the gold file should hold the labelled figures")
        var found = 0
        var extracted = 0
        var matched = 0
        var nounsAgreeing = 0
        var actionsAgreeing = 0
        var report: [String] = []
        // NB: `GOLD_DETAILS=1 swift test` also lists where the noun phrase or the action disagrees.
        let details = ProcessInfo.processInfo.environment["GOLD_DETAILS"] != nil
        for name in Set(gold.map(\.cable)).sorted() {
            let cable = try SharedData.anyCable(name)
            let figures = IndexedCable(cable, knowledge: TestIndex.knowledge).statistics.figures
            let labelled = gold.filter { $0.cable == name }
            var unmatched = Set(figures.indices)
            var cableMatches = 0
            for entry in labelled {
                guard let place = entry.place(in: cable) else {
                    Issue.record("gold context not found in \(name) \(entry.unit): \(entry.context)")
                    continue
                }
                found += 1
                let match = unmatched.sorted().first(where: { index in
                    let figure = figures[index]
                    return figure.unitID == place.unit && figure.field == place.field
                        && figure.range.overlaps(place.range)
                        && entry.hasSameValue(as: figure)
                })
                guard let match else {
                    report.append("  missed  \(name) \(entry.unit): \(entry.context)")
                    continue
                }
                unmatched.remove(match)
                cableMatches += 1
                if FigureGoldTests.nounsAgree(entry.noun, figures[match].countedNoun) {
                    nounsAgreeing += 1
                } else if details {
                    report.append(
                        "  noun    \(name) \(entry.unit): \(entry.noun) ≠ \(figures[match].countedNoun ?? "-")")
                }
                if FigureGoldTests.actionsAgree(entry.action, figures[match].action) {
                    actionsAgreeing += 1
                } else if details {
                    report.append("  action  \(name) \(entry.unit): \(entry.action) ≠ \(figures[match].action ?? "-")")
                }
            }
            for index in unmatched.sorted() {
                let figure = figures[index]
                report.append("  spurious \(name) \(figure.unitID): \(figure.quote) — \(figure.sentence.prefix(90))")
            }
            extracted += figures.count
            matched += cableMatches
            report.append(
                "\(name): \(labelled.count) labelled, \(figures.count) extracted, \(cableMatches) matched")
        }
        let precision = extracted == 0 ? 0 : Double(matched) / Double(extracted)
        let recall = found == 0 ? 0 : Double(matched) / Double(found)
        print(report.joined(separator: "\n"))
        print(
            "figure extraction: precision \(percent(precision)) (\(matched)/\(extracted)), recall \(percent(recall)) "
                + "(\(matched)/\(found)); unit nouns agree on \(percent(Double(nounsAgreeing) / Double(max(1, matched)))), "
                + "actions on \(percent(Double(actionsAgreeing) / Double(max(1, matched))))")
        #expect(precision >= 0.9, "precision \(percent(precision))")
        #expect(recall >= 0.9, "recall \(percent(recall))")
    }

    private func percent(_ ratio: Double) -> String { String(format: "%.1f%%", ratio * 100) }

    /// The extracted noun phrase shares a word with the labelled one (singular and plural alike), or both are empty.
    static func nounsAgree(_ gold: String, _ extracted: String?) -> Bool {
        let goldWords = Set(words(gold))
        let extractedWords = Set(words(extracted ?? ""))
        if goldWords.isEmpty { return extractedWords.isEmpty }
        return !goldWords.isDisjoint(with: extractedWords)
    }

    /// The actions name the same verb (compared by their first four letters), or both are empty.
    static func actionsAgree(_ gold: String, _ extracted: String?) -> Bool {
        let extracted = extracted ?? ""
        if gold.isEmpty || extracted.isEmpty { return gold.isEmpty && extracted.isEmpty }
        return gold.lowercased().prefix(4) == extracted.lowercased().prefix(4)
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map { word in
            word.hasSuffix("s") && word.count > 3 ? String(word.dropLast()) : String(word)
        }
    }
}
