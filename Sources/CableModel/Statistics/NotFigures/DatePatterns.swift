/// The shapes of dates and times in English prose, each read at one token.
enum DatePatterns {
    /// Words that say the number after them is a count, not a year (`about 2000 people`).
    static let countOpeners: Set<String> = [
        "about", "approximately", "around", "some", "nearly", "almost", "over", "than", "least", "estimated",
        "roughly", "total", "only",
    ]

    /// A clock time: `12:22`, `17:01:30`, `3 p.m.`, `10am`. Returns the end of the tokens it covers.
    static func time(_ text: TokenizedText, at index: Int) -> Int? {
        guard text.tokens[index].kind == .number else { return nil }
        if text.isSymbol(index + 1, ASCII.colon), text.isGlued(index + 1), text.isGlued(index + 2),
            index + 2 < text.count, text.tokens[index + 2].kind == .number
        {
            var end = index + 3
            if text.isSymbol(end, ASCII.colon), text.isGlued(end), end + 1 < text.count,
                text.tokens[end + 1].kind == .number
            {
                end += 2
            }
            return end
        }
        let next = index + 1
        if isTwentyFourHourClock(text, at: index) { return next }
        if text.isWord(next, "am") || text.isWord(next, "pm") { return next + 1 }
        if text.isWord(next, "a") || text.isWord(next, "p"), text.isSymbol(next + 1, ASCII.period),
            text.isWord(next + 2, "m")
        {
            return text.isSymbol(next + 3, ASCII.period) ? next + 4 : next + 3
        }
        return nil
    }

    /// Words after four digits that make them a time of day (`1600 hours`, `1600 local time`, `0930Z`).
    static let clockWords: Set<String> = ["hours", "hrs", "hr", "h", "local", "gmt", "utc", "z", "zulu"]

    /// Prepositions before four digits that make them a time of day when no noun follows (`at 1800 in the village`,
    /// `until 2100, when`).
    static let clockPrepositions: Set<String> = ["at", "until", "till", "by", "before", "after", "since"]

    /// `1600 hours`, `at 1800 in …`, `until 2100,`: four digits that read as a 24-hour time (00–23 and 00–59).
    private static func isTwentyFourHourClock(_ text: TokenizedText, at index: Int) -> Bool {
        let bytes = text.bytes(of: index)
        guard bytes.count == 4, let value = Int(String(decoding: bytes, as: UTF8.self)), value / 100 < 24,
            value % 100 < 60
        else { return false }
        let next = index + 1
        if text.isWord(next, in: clockWords) { return true }
        guard yearValue(text, at: index) == nil else { return false }
        var before = index - 1
        if before >= 0, text.tokens[before].kind == .word,
            text.isWord(before, in: countOpeners) || text.lowered[before].hasPrefix("approx")
        {
            before -= 1
        }
        guard text.isWord(before, in: clockPrepositions) else { return false }
        return next >= text.count || text.tokens[next].kind != .word
            || FigureVocabulary.phraseStops.contains(text.lowered[next]) || monthWord(text, at: next) != nil
    }

    /// A date in digits: `1/27/2009`, `27.01.2009`, `2009-01-27`, and digit pairs like `24/7`.
    static func numericDate(_ text: TokenizedText, at index: Int) -> Int? {
        guard text.tokens[index].kind == .number, !text.isGlued(index) || !isNumberLike(text, index - 1) else {
            return nil
        }
        var end = index + 1
        var parts = 1
        while end + 1 < text.count, text.isGlued(end), text.isGlued(end + 1), text.tokens[end + 1].kind == .number,
            text.isSymbol(end, ASCII.slash) || (parts > 1 || isYear(text, index)) && text.isDash(end)
                || text.isSymbol(end, ASCII.period)
        {
            end += 2
            parts += 1
        }
        if parts == 2, text.isSymbol(index + 1, ASCII.slash), isYear(text, index) { return nil }
        if parts == 2, text.isSymbol(index + 1, ASCII.period) { return isYear(text, index + 2) ? end : nil }
        return parts >= 3 || (parts == 2 && text.isSymbol(index + 1, ASCII.slash)) ? end : nil
    }

    /// `January 30`, `January 30, 2010`, `30 January 2010`, `February 2010`, `February, 2009`, `March 16-20`, `May`.
    static func calendarDate(_ text: TokenizedText, at index: Int) -> DateMention? {
        if let month = monthWord(text, at: index) { return monthFirst(text, month: index, after: month) }
        guard let day = dayNumber(text, at: index) else { return nil }
        var cursor = day
        if text.isWord(cursor, "of") { cursor += 1 }
        guard let afterMonth = monthWord(text, at: cursor) else { return nil }
        var mention = DateMention(tokens: index..<afterMonth)
        if let year = yearValue(text, at: afterMonth) {
            mention.year = year
            mention.tokens = index..<(afterMonth + 1)
        }
        return mention
    }

    private static func monthFirst(_ text: TokenizedText, month: Int, after: Int) -> DateMention {
        var mention = DateMention(tokens: month..<after)
        var cursor = after
        if let day = dayNumber(text, at: cursor) {
            let firstDay = cursor
            cursor = day
            if let second = dayRangeEnd(text, after: cursor, firstDay: firstDay) { cursor = second }
            mention.tokens = month..<cursor
            if text.isSymbol(cursor, ASCII.comma), let year = yearValue(text, at: cursor + 1) {
                mention.year = year
                mention.tokens = month..<(cursor + 2)
            } else if let year = yearValue(text, at: cursor) {
                mention.year = year
                mention.tokens = month..<(cursor + 1)
            }
            return mention
        }
        if text.isSymbol(cursor, ASCII.comma) || text.isWord(cursor, "of") { cursor += 1 }
        if let year = yearValue(text, at: cursor) {
            mention.year = year
            mention.tokens = month..<(cursor + 1)
        }
        return mention
    }

    /// The end of the second day of `March 16-20`, `January 27 to 31` or `March 29 and 30` after the first day's
    /// tokens, when the second is a later day and no noun follows it (`January 5 to 20 people` counts people).
    private static func dayRangeEnd(_ text: TokenizedText, after cursor: Int, firstDay: Int) -> Int? {
        if text.isDash(cursor) { return dayNumber(text, at: cursor + 1) }
        guard text.isWord(cursor, in: EnglishWords.periodConnectors), let end = dayNumber(text, at: cursor + 1),
            let first = Int(text.text(of: firstDay)), let second = Int(text.text(of: cursor + 1)), second > first
        else { return nil }
        let isNounNext =
            end < text.count && text.tokens[end].kind == .word
            && !FigureVocabulary.phraseStops.contains(text.lowered[end]) && monthWord(text, at: end) == nil
        return isNounNext ? nil : end
    }

    /// A year standing alone: `2009`, `mid-2009`, `1990s`, `2006-2010`, `2008/09`.
    static func year(_ text: TokenizedText, at index: Int) -> DateMention? {
        guard let year = yearValue(text, at: index), !isCount(text, at: index) else { return nil }
        var mention = DateMention(tokens: index..<(index + 1), year: year)
        if text.isWord(index + 1, "s"), text.isGlued(index + 1) {
            mention.tokens = index..<(index + 2)
            mention.year = nil
            mention.isPeriod = true
        } else if text.isDash(index + 1) || text.isSymbol(index + 1, ASCII.slash),
            let end = yearRangeEnd(text, after: index, from: year)
        {
            mention.tokens = index..<end
            mention.year = nil
            mention.isPeriod = true
        }
        let next = mention.tokens.upperBound
        mention.isAttributive =
            next < text.count && text.tokens[next].kind == .word && !text.isWord(next, "and")
            && !text.isWord(next, "to") && !FigureVocabulary.phraseStops.contains(text.lowered[next])
        if index >= 2, text.isDash(index - 1), text.isGlued(index),
            EnglishWords.yearPrefixes.contains(text.lowered[index - 2])
        {
            mention.tokens = (index - 2)..<mention.tokens.upperBound
        }
        return mention
    }

    /// `during the reporting period`, `this reporting period`.
    static func reportingPeriod(_ text: TokenizedText, at index: Int) -> DateMention? {
        guard text.isWord(index, "reporting"), text.isWord(index + 1, "period") else { return nil }
        var start = index
        if text.isWord(start - 1, in: DatePatterns.reportingPeriodOpeners) { start -= 1 }
        return DateMention(tokens: start..<(index + 2), isPeriod: true)
    }

    /// The end of `2006-2010`, `2006–10` or `2008/09` after the first year, when the second part is a later year.
    private static func yearRangeEnd(_ text: TokenizedText, after index: Int, from year: Int) -> Int? {
        let second = index + 2
        guard second < text.count, text.tokens[second].kind == .number else { return nil }
        if let later = yearValue(text, at: second), later > year { return second + 1 }
        let bytes = text.bytes(of: second)
        guard bytes.count == 2, let short = Int(String(decoding: bytes, as: UTF8.self)), short > year % 100 else {
            return nil
        }
        return second + 1
    }

    /// The value of a four-digit year (1900–2099) at `index`.
    static func yearValue(_ text: TokenizedText, at index: Int) -> Int? {
        guard index >= 0, index < text.count, text.tokens[index].kind == .number else { return nil }
        let bytes = text.bytes(of: index)
        guard bytes.count == 4, let value = Int(String(decoding: bytes, as: UTF8.self)), (1900...2099).contains(value)
        else {
            return nil
        }
        if index + 1 < text.count, text.isGlued(index + 1), text.tokens[index + 1].kind == .word,
            !text.isWord(index + 1, "s")
        {
            return nil
        }
        return value
    }

    private static func isYear(_ text: TokenizedText, _ index: Int) -> Bool { yearValue(text, at: index) != nil }

    /// A year-like number used as a count: after `about`, `some`, `over` …, or before a plural noun without
    /// a preposition or determiner before it (`2000 people attended`).
    private static func isCount(_ text: TokenizedText, at index: Int) -> Bool {
        if text.isWord(index - 1, in: countOpeners) {
            // NB: `a 12 percent increase over 2005` compares with a year.
            if text.isWord(index - 1, "over"), index >= 2, text.tokens[index - 2].kind == .word,
                PhraseReader.changeStems.contains(where: { text.lowered[index - 2].hasPrefix($0) })
            {
                return false
            }
            // NB: `easier than 2009` compares years; `more than 2000` counts.
            if text.isWord(index - 1, "than"), !text.isWord(index - 2, in: DatePatterns.countComparatives) {
                return false
            }
            // NB: `since at least 2003`, `in about 2005`: a temporal preposition before the bound keeps it a year.
            return !((index - 4)..<(index - 1)).contains { text.isWord($0, in: DatePatterns.yearPrepositions) }
        }
        // NB: before a plural noun a year is still a year (`the 2010 elections`, `2020 targets`) unless the noun
        // counts persons or measures (`2000 people`, `2000 tons of munitions`).
        let next = index + 1
        guard next < text.count, text.tokens[next].kind == .word else { return false }
        return countNouns.contains(text.lowered[next]) || FigureVocabulary.measureUnits.contains(text.lowered[next])
    }

    /// Words before `the reporting period` that belong to it (`during the current reporting period`).
    static let reportingPeriodOpeners: Set<String> = ["the", "this", "current", "last", "previous"]

    /// Comparatives before `than` that make a year-like number a count (`more than 2000`).
    static let countComparatives: Set<String> = ["more", "less", "fewer"]

    /// Prepositions that keep a bounded year a year (`since at least 2003`, `in about 2005`).
    static let yearPrepositions: Set<String> = ["since", "in", "until", "by", "before", "after", "from"]

    /// Plural nouns after which a year-like number counts (`2000 people`).
    static let countNouns: Set<String> = [
        "people", "persons", "individuals", "victims", "men", "women", "children", "troops", "soldiers", "officers",
        "workers", "migrants", "refugees", "families", "households", "cases", "members", "residents", "students",
    ]

    /// The token after a month name (and its abbreviation point), or nil when `index` is not a month.
    static func monthWord(_ text: TokenizedText, at index: Int) -> Int? {
        guard index < text.count, text.tokens[index].kind == .word, text.isCapitalized(index),
            EnglishWords.months[text.lowered[index]] != nil
        else { return nil }
        var end = index + 1
        if text.lowered[index].count <= 4, text.isSymbol(end, ASCII.period), text.isGlued(end) { end += 1 }
        let word = text.lowered[index]
        if word == "may" || word == "march" || word == "mar" {
            let anchored =
                dayNumber(text, at: end) != nil || yearValue(text, at: end) != nil
                || (text.isSymbol(end, ASCII.comma) && yearValue(text, at: end + 1) != nil)
                || text.isWord(index - 1, in: DateReader.temporalPrepositions)
                || text.isWord(index - 1, in: EnglishWords.periodModifiers)
                || (index > 0 && dayNumber(text, at: index - 1) == index)
            guard anchored else { return nil }
        }
        return end
    }

    /// The token after a day of the month (1–31, perhaps with an ordinal suffix), or nil.
    static func dayNumber(_ text: TokenizedText, at index: Int) -> Int? {
        guard index < text.count, text.tokens[index].kind == .number else { return nil }
        let bytes = text.bytes(of: index)
        guard bytes.count <= 2, let value = Int(String(decoding: bytes, as: UTF8.self)), (1...31).contains(value) else {
            return nil
        }
        if index + 1 < text.count, text.isGlued(index + 1),
            NumberWordTable.ordinalSuffixes.contains(text.lowered[index + 1])
        {
            return index + 2
        }
        return index + 1
    }

    private static func isNumberLike(_ text: TokenizedText, _ index: Int) -> Bool {
        index >= 0 && (text.tokens[index].kind == .number || text.isSymbol(index, ASCII.slash))
    }
}
