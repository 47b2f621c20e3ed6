import CableModel
import Foundation
import TestSupport
import Testing

/// Precision and recall of the Trafficking in Persons figures (value, action and year together) against the
/// hand-labelled figures of `Gold/tip-figures.tsv`.
@Suite struct TIPGoldTests {
    /// The counts of one cable or of all of them.
    struct Score {
        var labelled = 0
        var extracted = 0
        var valuesMatched = 0
        var correct = 0

        static func + (a: Score, b: Score) -> Score {
            Score(
                labelled: a.labelled + b.labelled, extracted: a.extracted + b.extracted,
                valuesMatched: a.valuesMatched + b.valuesMatched, correct: a.correct + b.correct)
        }

        var precision: Double { extracted == 0 ? 0 : Double(correct) / Double(extracted) }
        var recall: Double { labelled == 0 ? 0 : Double(correct) / Double(labelled) }
    }

    @Test(.enabled(if: SharedData.shouldRun)) func precisionAndRecallOfValueActionAndYear() throws {
        let gold = TIPGoldFigure.load()
        #expect(gold.count > 300, "the gold file should hold the labelled figures")
        var total = Score()
        var report: [String] = []
        for name in Set(gold.map(\.figure.cable)).sorted() {
            let score = try TIPGoldTests.score(name, gold.filter { $0.figure.cable == name }, report: &report)
            total = total + score
            report.append(
                "\(name): \(score.labelled) labelled, \(score.extracted) extracted, \(score.valuesMatched) values "
                    + "matched, \(score.correct) with action and year; precision \(percent(score.precision)), "
                    + "recall \(percent(score.recall))")
        }
        print(report.joined(separator: "\n"))
        print(
            "TIP figures (value + action + year): precision \(percent(total.precision)) "
                + "(\(total.correct)/\(total.extracted)), recall \(percent(total.recall)) "
                + "(\(total.correct)/\(total.labelled)); values alone matched \(total.valuesMatched)")
        // NB: the measured level may not fall, nor the bar of the issue (90% both), which it meets.
        #expect(total.precision >= TIPGoldTests.floor.precision, "precision \(percent(total.precision))")
        #expect(total.recall >= TIPGoldTests.floor.recall, "recall \(percent(total.recall))")
        #expect(total.precision >= 0.9 && total.recall >= 0.9, "the bar of issue 15")
    }

    /// The level measured when the rules last improved: a change that lowers it fails.
    // NB: issue 16's reading (merged with issue 15's) counts `one` after `of` and `there was` and reads list items
    // that the TIP gold leaves unlabelled or labels without an action: values matched rose 284 -> 289 and recall
    // 73.4% -> 74.3%, while precision fell 79.5% -> 78.5%. The floor follows the merged level. Issue 16's `one`
    // (`the one case`, `investigated one American`), `under investigation`, `at least 2 and as many as 5` as one
    // range and `opened` naming an investigation of cases only raised it to precision 79.6%, recall 75.7%;
    // `12 years or younger` as an age to precision 79.8%. A typed table's heading line (`Number of sentences
    // imposed during 2007:` over its rows, glued to the row before) raised it to 81.2% and 77.5%; `at least one of`,
    // `absolved` and a month without a year (`In March`, dated by the cable) to 81.7% and 79.0%; terms in practice
    // (`actual sentences range from`) imposed and `those convicted` a class to 82.7% and 79.9%; a change's start
    // dated the year before (`up from 25 last year`, `from 2 to 10`) and the object of a change verb as the noun of
    // its end (`increased its prosecutions to 63`) to 83.4% and 81.1%; a bare `one` the law acted on (`one official
    // is under preventive detention`, `one man who was later indicted`, `found not guilty`) and `two others` of the
    // category before raised recall to 82.0% and took precision to 83.0% (two of the five new values with a wrong
    // year); the year of a part's whole (`one of the 2005 convictions`) to 83.3% and 82.3%; a lost hyphen
    // (`four?to-ten years`) and a reported group named again (`All four women`, `the five workers`) to 84.0% and 85.0%;
    // a comma between two modifiers (`four specific, known trafficking cases`) to 84.1% and 85.3%. Counts over
    // several years or per year undated, `since` spans not carried, acronyms no people, equivalents sharing a wage's
    // relevance, relative clauses of place, parts `including` in a whole and day fines: 86.9% and 87.7%; estimates
    // of persons as populations, debts and the noun's own words first (`four known victims`): 88.3% and 88.0%.
    // Quoted nouns, `worked on`, `are ongoing`, a total's subject, `additional` counts, a term in an aside, `one of
    // whom was arrested` and numbers after `--`, shares of cases, and no year carried past a blank line: 90.2% and
    // 91.0%, the bar of the issue; a quoted noun after the figure and a ratio's whole (`4 out of 10`): 90.7%.
    // Money a budget spends or gives away (`spent`, `dedicated`, `contributed`) not reported: 92.1%. A label
    // mended by its own guideline (`one reported case` is identified): 92.4% and 91.3%.
    static let floor = (precision: 0.924, recall: 0.913)

    /// Scores one cable: each labelled figure is matched to an extracted one at its place with its value; it counts
    /// as correct when the action and the year agree too.
    static func score(_ name: String, _ labelled: [TIPGoldFigure], report: inout [String]) throws -> Score {
        let cable = try SharedData.anyCable(name)
        let figures = IndexedCable(cable, knowledge: TestIndex.knowledge).statistics.figures.filter(isInScope)
        var score = Score(labelled: labelled.count, extracted: figures.count)
        var unmatched = Set(figures.indices)
        for entry in labelled {
            guard let place = entry.figure.place(in: cable) else {
                Issue.record("gold context not found in \(name) \(entry.figure.unit): \(entry.figure.context.text)")
                continue
            }
            let match = unmatched.sorted().first { index in
                let figure = figures[index]
                return figure.unitID == place.unit && figure.field == place.field
                    && figure.range.overlaps(place.range) && entry.figure.hasSameValue(as: figure)
            }
            guard let match else {
                report.append("  missed   \(name) \(entry.figure.unit): \(entry.figure.context.text)")
                continue
            }
            unmatched.remove(match)
            score.valuesMatched += 1
            let figure = figures[match]
            if entry.agrees(with: figure) {
                score.correct += 1
            } else {
                report.append(
                    "  context  \(name) \(entry.figure.unit): \(entry.figure.context.text) — action \(entry.action) "
                        + "≠ \(figure.reportedAction?.rawValue ?? ""), year \(entry.year.map(String.init) ?? "") "
                        + "≠ \(figure.year.map(String.init) ?? "")")
            }
        }
        for index in unmatched.sorted() {
            let figure = figures[index]
            report.append("  spurious \(name) \(figure.unitID): \(figure.quote) — \(figure.sentence.prefix(90))")
        }
        return score
    }

    /// The figures the gold file measures: the ones the model does not set aside as context.
    static func isInScope(_ figure: Figure) -> Bool { figure.relevance.isReported }

    private func percent(_ ratio: Double) -> String { String(format: "%.1f%%", ratio * 100) }
}
