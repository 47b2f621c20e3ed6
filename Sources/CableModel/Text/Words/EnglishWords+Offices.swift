extension EnglishWords {
    /// Words of the office titles a `Classified By` line writes before the officer's name, and their abbreviations
    /// (`ambassador`, `dcm`, `polcouns`, `charge`, `d'affaires`, `a.i.`): the name is the run of words after them.
    static let officeTitleWords: Set<String> = [
        "ambassador", "amb", "amb.", "dcm", "cda", "charge", "chargé", "d'affaires", "d’affaires", "affaires", "a.i.",
        "ai", "acting", "deputy", "chief", "of", "mission", "political", "pol", "pol/econ", "economic", "econ",
        "counselor", "counsellor", "minister", "minister-counselor", "officer", "poloff", "econoff", "poleconoff",
        "polcouns", "econcouns", "deppolcouns", "mincouns", "mc", "pdas", "das", "eur", "assistant", "secretary",
        "under", "director", "consul", "general", "consul-general", "principal", "section", "head", "attache",
        "defense", "regional", "security", "public", "affairs", "management", "commercial", "consular", "advisor",
        "adviser", "coordinator", "senior", "special", "envoy", "representative", "permanent", "charge'", "rso", "pao",
        "datt", "cg", "congen", "po", "com", "a/dcm", "polmincouns", "econmincouns", "embassy", "us", "u.s.", "and",
        "for", "the", "a/s", "s/e", "economic/political", "political/economic", "p/e", "e/p", "political-economic",
        "international", "environment", "science", "technology", "health", "esth", "interim", "office", "department",
        "state", "bureau", "acting-dcm", "pol/mil", "military", "legal", "economics", "politics", "deputy-chief",
        "sci/c", "polcounselor", "econcounselor", "a.i", "polchief", "econchief", "minister-counsellor",
    ]

    /// Words of a `Classified By` line around its reasons that a line end may break (`a` / `nd`, `reas` / `ons`).
    static let classificationReasonWords: Set<String> = ["and", "reason", "reasons", "for", "per"]
}
