/// Joins date mentions into periods (`from July 2008 to June 2009`, `between 2006 and 2008`) and takes in the
/// preposition that introduces each (`in 2009`, `since October 2008`, `during the reporting period`).
enum PeriodJoiner {
    /// Words that may open a period before its first date (`the fiscal year 2009`, `early 2008`).
    static let periodOpeners: Set<String> = EnglishWords.periodModifiers.union(["the", "calendar", "fiscal", "year"])

    static func join(_ mentions: [DateMention], in text: TokenizedText) -> [DateMention] {
        var joined: [DateMention] = []
        var position = 0
        while position < mentions.count {
            var mention = mentions[position]
            if position + 1 < mentions.count, let period = period(mention, mentions[position + 1], in: text) {
                mention = period
                position += 1
            }
            joined.append(introduce(mention, in: text))
            position += 1
        }
        return joined
    }

    /// The period that two mentions form when a connector stands between them, or nil.
    private static func period(_ first: DateMention, _ second: DateMention, in text: TokenizedText) -> DateMention? {
        let gap = first.tokens.upperBound
        guard second.tokens.lowerBound == gap + 1 else { return nil }
        let opener = first.tokens.lowerBound - 1
        if text.isWord(gap, "and") {
            guard text.isWord(opener, "between") else { return nil }
        } else if !(text.isWord(gap, in: EnglishWords.periodConnectors) || text.isDash(gap)) {
            return nil
        }
        var period = DateMention(tokens: first.tokens.lowerBound..<second.tokens.upperBound, isPeriod: true)
        if first.year == nil || first.year == second.year { period.year = second.year }
        if text.isWord(opener, "from") || text.isWord(opener, "between") {
            period.tokens = opener..<second.tokens.upperBound
            period.isIntroduced = true
        }
        return period
    }

    /// The mention with the preposition before it (`in`, `during`, `as of`, `in early`), when there is one.
    private static func introduce(_ mention: DateMention, in text: TokenizedText) -> DateMention {
        guard !mention.isIntroduced else { return mention }
        var mention = mention
        var opener = mention.tokens.lowerBound - 1
        if text.isWord(opener, in: PeriodJoiner.periodOpeners) { opener -= 1 }
        guard text.isWord(opener, in: DateReader.temporalPrepositions) else { return mention }
        if text.isWord(opener, "of"), !text.isWord(opener - 1, "as") { return mention }
        if text.isWord(opener, "of") { opener -= 1 }
        if text.isWord(opener, "since") {
            mention.isPeriod = true
            mention.year = nil
        }
        mention.tokens = opener..<mention.tokens.upperBound
        mention.isIntroduced = true
        return mention
    }
}
