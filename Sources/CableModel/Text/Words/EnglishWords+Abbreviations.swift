extension EnglishWords {
    /// Words that end with a period without ending a sentence: titles, reference keywords, months, Latin and
    /// business abbreviations (`Mr.`, `Art.`, `No.`, `Jan.`, `e.g.`, `Ltd.`).
    ///
    /// NB: `e.g.` and `U.S.` are read as single letters, which never end a sentence; this list holds words only.
    static let abbreviations: Set<String> = abbreviatedTitles.union([
        "no", "nos", "art", "arts", "para", "paras", "sec", "ch", "vol", "p", "pp", "ref", "fig", "eg", "ie", "cf",
        "vs", "approx", "est", "inc", "ltd", "co", "corp", "dept", "min", "rev",
    ]).union(monthAbbreviations.keys)
}
