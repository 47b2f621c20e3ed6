extension EnglishWords {
    /// Particles that stand inside a person's name in lower case, alone (`de la Vega`, `al Bana`) or joined to the
    /// surname by a hyphen (`el-Jahmi`, `al-Megrahi`).
    static let nameParticles: Set<String> = [
        "al", "el", "bin", "ibn", "de", "del", "della", "la", "le", "da", "di", "du", "van", "von", "der", "ul", "ud",
    ]

    /// Points of the compass and the words made from them, which name parts of places (`North Africa`, `Central
    /// Asian`), never people.
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "middle",
    ]

    /// Words of closed classes that open a sentence before a name without being part of it (`Later Lopez said`,
    /// `Meanwhile Ortega ...`): adverbs of time and order, conjunctions, pronouns and determiners. Words that are also
    /// given names (`Will`, `Grace`) are left out.
    static let sentenceOpeners: Set<String> = [
        "after", "afterwards", "also", "although", "and", "as", "because", "before", "both", "but", "during", "each",
        "earlier", "every", "finally", "first", "furthermore", "however", "if", "instead", "later", "meanwhile",
        "moreover", "next", "now", "once", "separately", "since", "so", "still", "subsequently", "then", "there",
        "thereafter", "though", "thus", "today", "tomorrow", "when", "whereas", "while", "yesterday", "yet", "we",
        "they", "he", "she", "it", "his", "her", "their", "our", "its", "this", "that", "these", "those", "many",
        "most", "some", "several", "other", "another", "such",
    ]

    /// The words that mark a cable's own sections (`End Summary`, `Begin Text`, `End Note`).
    static let cableSectionWords: Set<String> = ["summary", "comment", "note", "end", "begin", "text", "action"]

    /// Nouns for things done or planned rather than people or bodies: programmes, exercises, events.
    static let undertakingNouns: Set<String> = [
        "exercise", "exercises", "program", "programme", "initiative", "plan", "conference", "summit", "operation",
        "training", "project", "strategy", "campaign", "dialogue", "talks", "meeting", "forum", "course", "award",
    ]

    /// Endings that make a people's name or adjective from a country's (`Tajik`, `Libyan`, `Chinese`, `Kenyan`).
    static let demonymEndings: [String] = ["", "n", "an", "ian", "ese", "ish", "i", "ic", "s"]
}

extension EnglishWords {
    /// Nouns for the people, arms or parts of a body, which make the word before them (`KDF forces`, `the XYZ
    /// spokesman`) or after them and `of` (`officials of the XYZ`) a body.
    static let bodyMemberNouns: Set<String> = [
        "forces", "troops", "soldiers", "fighters", "militants", "units", "officials", "official", "officers",
        "representatives", "representative", "members", "member", "delegates", "delegation", "staff", "personnel",
        "spokesman", "spokeswoman", "spokesperson", "leaders", "leader", "leadership", "head", "chairman",
        "commander", "commanders", "headquarters", "monitors",
    ]

    /// Nouns for a holder of an office, which after a body's name make a title, not the body (`Foreign Service
    /// Officer`).
    static let officeHolderNouns: Set<String> = ["officer", "officers"]
}
