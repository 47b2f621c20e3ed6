import CableModel
import Foundation
import TestSupport
import Testing

/// Precision and recall of figure extraction against hand-labelled figures: `Gold/figures.tsv` (the first round,
/// fourteen cables, mostly Trafficking in Persons reports) and `Gold/figures-other.tsv` (economic, political,
/// consular and security cables).
///
/// A labelled figure is matched by an extracted one of the same unit and field whose range overlaps the bracketed
/// words and whose value (or range) is the same; each extracted figure matches at most one label. On the first round
/// a match counts by value alone; on the other cables it counts only when the counted noun and the action agree too
/// (`nounsAgree`, `actionsAgree`). Precision is the share of extracted figures that count, recall the share of
/// labels.
@Suite struct FigureGoldTests {
    @Test(.enabled(if: SharedData.shouldRun)) func precisionAndRecall() throws {
        let score = try FigureGoldTests.score(GoldFigure.load(), byValueAlone: true)
        #expect(score.labelled > 300, "the gold file should hold the labelled figures")
        #expect(score.precision >= 0.9, "precision \(percent(score.precision))")
        #expect(score.recall >= 0.9, "recall \(percent(score.recall))")
    }

    @Test(.enabled(if: SharedData.shouldRun)) func otherCablesByValueNounAndAction() throws {
        let score = try FigureGoldTests.score(GoldFigure.load("figures-other.tsv"), byValueAlone: false)
        #expect(score.labelled > 150, "the gold file should hold the labelled figures")
        #expect(score.precision >= FigureGoldTests.otherBars.precision, "precision \(percent(score.precision))")
        #expect(score.recall >= FigureGoldTests.otherBars.recall, "recall \(percent(score.recall))")
    }

    /// The bars on the other cables: what the extractor reaches today, never lower (issue 16 asks for 90% each).
    static let otherBars = (precision: 0.91, recall: 0.92)

    struct Score {
        var labelled = 0
        var extracted = 0
        var matched = 0
        var precision: Double { extracted == 0 ? 0 : Double(matched) / Double(extracted) }
        var recall: Double { labelled == 0 ? 0 : Double(matched) / Double(labelled) }
    }

    /// Scores the extractor on `gold`, printing each cable's figures and what was missed or spurious.
    static func score(_ gold: [GoldFigure], byValueAlone: Bool) throws -> Score {
        var score = Score()
        var byValue = 0
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
                    Issue.record("gold context not found in \(name) \(entry.unit): \(entry.context.text)")
                    continue
                }
                score.labelled += 1
                let match = unmatched.sorted().first { index in
                    let figure = figures[index]
                    return figure.unitID == place.unit && figure.field == place.field
                        && figure.range.overlaps(place.range) && entry.hasSameValue(as: figure)
                }
                guard let match else {
                    report.append("  missed  \(name) \(entry.unit): \(entry.context.text)")
                    continue
                }
                unmatched.remove(match)
                byValue += 1
                let figure = figures[match]
                let nounAgrees = nounsAgree(entry.noun, figure.countedNoun)
                let actionAgrees = actionsAgree(entry.action, figure.action)
                if !nounAgrees, details || !byValueAlone {
                    report.append("  noun    \(name) \(entry.unit): \(entry.noun) ≠ \(figure.countedNoun ?? "-")")
                }
                if !actionAgrees, details || !byValueAlone {
                    report.append("  action  \(name) \(entry.unit): \(entry.action) ≠ \(figure.action ?? "-")")
                }
                if byValueAlone || (nounAgrees && actionAgrees) { cableMatches += 1 }
            }
            for index in unmatched.sorted() {
                let figure = figures[index]
                report.append("  spurious \(name) \(figure.unitID): \(figure.quote) — \(figure.sentence.prefix(90))")
            }
            score.extracted += figures.count
            score.matched += cableMatches
            report.append("\(name): \(labelled.count) labelled, \(figures.count) extracted, \(cableMatches) matched")
        }
        for line in report { print(line) }
        print(
            "figure extraction (\(byValueAlone ? "value" : "value, noun and action")): precision "
                + "\(percent(score.precision)) (\(score.matched)/\(score.extracted)), recall \(percent(score.recall)) "
                + "(\(score.matched)/\(score.labelled)); by value alone \(byValue) match")
        return score
    }

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

/// A ratio as a percentage with one decimal.
func percent(_ ratio: Double) -> String { String(format: "%.1f%%", ratio * 100) }
