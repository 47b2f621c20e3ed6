/// The closed word lists of English that the header's rules read.
enum HeaderWords {
    /// Words of office titles and their abbreviations, upper case (`AMBASSADOR`, `DCM`, `POLCOUNS`, `D'AFFAIRES`):
    /// a `Classified By` line names the officer after them.
    static let titleWords: Set<String> = [
        "AMBASSADOR", "AMB", "AMB.", "DCM", "CDA", "CHARGE", "CHARGÉ", "D'AFFAIRES", "D’AFFAIRES", "AFFAIRES", "A.I.",
        "AI", "ACTING", "DEPUTY", "CHIEF", "OF", "MISSION", "POLITICAL", "POL", "POL/ECON", "ECONOMIC", "ECON",
        "COUNSELOR", "COUNSELLOR", "MINISTER", "MINISTER-COUNSELOR", "OFFICER", "POLOFF", "ECONOFF",
        "POLECONOFF", "POLCOUNS", "ECONCOUNS", "DEPPOLCOUNS", "MINCOUNS", "MC", "PDAS", "DAS", "EUR", "ASSISTANT",
        "SECRETARY", "UNDER", "DIRECTOR", "CONSUL", "GENERAL", "CONSUL-GENERAL", "PRINCIPAL", "SECTION", "HEAD",
        "ATTACHE", "DEFENSE", "REGIONAL", "SECURITY", "PUBLIC", "AFFAIRS", "MANAGEMENT", "COMMERCIAL", "CONSULAR",
        "ADVISOR", "ADVISER", "COORDINATOR", "SENIOR", "SPECIAL", "ENVOY", "REPRESENTATIVE", "PERMANENT", "CHARGE'",
        "RSO", "PAO", "DATT", "CG", "CONGEN", "PO", "COM", "A/DCM", "POLMINCOUNS", "ECONMINCOUNS", "EMBASSY", "US",
        "U.S.", "AND", "FOR", "THE", "A/S", "S/E", "ECONOMIC/POLITICAL", "POLITICAL/ECONOMIC", "P/E",
        "E/P", "POLITICAL-ECONOMIC", "INTERNATIONAL", "ENVIRONMENT", "SCIENCE", "TECHNOLOGY", "HEALTH", "ESTH",
        "INTERIM", "OFFICE", "DEPARTMENT", "STATE", "BUREAU", "ACTING-DCM", "POL/MIL", "MILITARY",
        "LEGAL", "ECONOMICS", "POLITICS", "DEPUTY-CHIEF", "SCI/C", "POLCOUNSELOR", "ECONCOUNSELOR", "A.I",
        "POLCHIEF", "ECONCHIEF", "POL/ECON CHIEF", "MINISTER-COUNSELLOR", "CHARGÉ D'AFFAIRES",
    ]

    /// Endings that never stand as words: a line that opens with one continues a word broken at a hyphen
    /// (`GOVERN-` / `MENT`).
    static let suffixes: [String] = [
        "MENT", "TION", "SION", "NESS", "ING", "ITY", "ANCE", "ENCE", "ABLE", "IBLE", "ALLY", "ERS", "IES", "IAL",
        "IVE", "OUS", "ED", "LY", "ER", "AL", "IC", "IST", "ISM", "IZE", "ISE", "FUL", "LESS", "URE", "ATE",
    ]

    /// Words of a `Classified By` line's reasons that a line end may break (`a` / `nd`, `REAS` / `ONS`).
    static let reasonWords: Set<String> = ["AND", "REASON", "REASONS", "FOR", "PER"]
}
