/// Which figures matter to a reader of a Trafficking in Persons report: enforcement, victims, penalties and money
/// first; other counts after them; durations, measures and numbers read as counts (`six hours`, `a one-week course`)
/// last, as context, left out of the derived tables.
public enum FigureRelevance: String, Sendable, CaseIterable, Comparable {
    case enforcement
    case victims
    case penalties
    case money
    /// A count of something else (`45 officials`, `three shelters`).
    case other
    /// A duration, a measure, a share of nothing counted: background to the figures that matter.
    case context

    /// Whether the figure belongs in the enforcement, victims and penalties tables of a report.
    public var isReported: Bool { self < .other }

    public static func < (a: FigureRelevance, b: FigureRelevance) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The relevance of a figure of `kind`, counting `category`, with the action it reports.
    static func of(
        kind: Figure.Kind, category: FigureCategory?, action: ReportedAction?, sentenceWords: Set<String>,
        nearWords: [String] = []
    ) -> FigureRelevance {
        switch category {
        case .yearsOfImprisonment, .monthsOfImprisonment, .fines: return .penalties
        case .money:
            // NB: `provided USD 10,000 …, and the victims are then obliged to pay off the debt`: what victims owe.
            // NB: `spent $25,000 of its funds for ads`, `contributed ISK 3.1 million ($24,800) to a country`: what
            // a budget spends or gives away is general budget or aid money, not an allocation to victims' services.
            let isOwedOrSpent = !sentenceWords.isDisjoint(with: owedOrSpentWords)
            return unreportedMoneyWords.isDisjoint(with: nearWords) && !isOwedOrSpent ? .money : .other
        case .victims: return kind == .count || kind == .percentage ? .victims : .context
        // NB: `postings for prostitution are over 90% of the cases`: a share of cases is background, not a count.
        case .cases, .suspects, .traffickers: return kind == .percentage ? .other : .enforcement
        case .people where action == nil:
            // NB: persons counted with no action of the questionnaire are victims when their sentence speaks of
            // trafficking or exploitation (`four girls who were trafficked`), enforcement when it speaks of the
            // law's hand (`ten Americans were extradited`), else a population (`18,000 foreign residents`).
            // NB: `NGOs estimate 11 thousand children have been recruited`: an estimate of persons is a population.
            guard kind == .count, sentenceWords.isDisjoint(with: estimateWords) else { return .other }
            if sentenceWords.contains(where: { hasStem($0, exploitationStems) }) { return .victims }
            return sentenceWords.contains(where: { hasStem($0, enforcementStems) }) ? .enforcement : .other
        case .people, nil: break
        }
        // NB: a share of something other than victims (`40 percent of these women`) is background.
        guard kind == .count else { return kind == .money ? .money : kind == .percentage ? .other : .context }
        switch action {
        case .identified, .assisted, .sheltered, .repatriated: return .victims
        case .some(.prescribed): return .penalties
        case .some: return .enforcement
        case nil: return .other
        }
    }

    /// Nouns of the law's work that no category names (`59 raids`, `two sting operations`).
    static let enforcementNouns: Set<String> = [
        "raid", "raids", "operation", "operations", "inspection", "inspections", "extradition", "extraditions",
        "deportation", "deportations",
    ]

    /// Whether a counted noun's head is the law's work.
    static func isEnforcementNoun(_ head: String) -> Bool { enforcementNouns.contains(head) }

    /// Words beside an amount that make it money of no report: what victims owe or pay, bribes, prices.
    static let unreportedMoneyWords: Set<String> = [
        "bribe", "bribes", "debt", "debts", "expenses", "fee", "fees", "cost", "costs", "price", "prices", "salary",
        "salaries", "earn", "earned", "earns", "charge", "owe", "owed", "loan", "month", "week", "day", "hour",
    ]

    /// Words anywhere in an amount's sentence that make it money of no report: a debt (`indebted`), or what a
    /// budget spends or gives away (`spent`, `contributed`). `unreportedMoneyWords` are read beside the amount only.
    static let owedOrSpentWords: Set<String> = [
        "debt", "debts", "indebted", "spend", "spends", "spent", "spending", "dedicate", "dedicated", "dedicates",
        "dedication", "contribute", "contributed", "contributes", "contribution",
    ]

    /// Words that make a count of persons an estimate of a population.
    static let estimateWords: Set<String> = ["estimate", "estimates", "estimated", "estimating"]

    /// The stems of words that say persons were trafficked or exploited (`trafficked`, `exploitation`, `forced`).
    static let exploitationStems = ["traffick", "exploit", "prostitut", "forced", "enslav", "servitude", "victim"]

    /// The stems of words that say the law took hold of persons (`extradited`, `deported`, `jail`).
    static let enforcementStems = [
        "arrest", "charg", "convict", "sentenc", "deport", "extradit", "prosecut", "court", "jail", "prison",
        "detain", "detention", "investigat", "suspect", "indict", "question", "custody", "stopped",
    ]

    private static func hasStem(_ word: String, _ stems: [String]) -> Bool {
        stems.contains { word.hasPrefix($0) }
    }
}
