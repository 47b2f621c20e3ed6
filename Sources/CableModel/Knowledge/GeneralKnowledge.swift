/// General knowledge that no cable states, read from the lists in `Data/`: the gazetteer, the glossary and the
/// posts, parsed once from their bytes.
///
/// The bytes come from the `CableData` target (`GeneralKnowledge.bundled` parses the shipped files); the model only
/// parses them. Every list of general knowledge (places, abbreviations and tags, posts) belongs here, so that
/// `CableModel` holds no such list as a literal. The loader reads headers with the posts and the glossary's tags;
/// the index reads the gazetteer and the glossary.
public struct GeneralKnowledge: Sendable {
    /// The world's places.
    public private(set) var gazetteer: Gazetteer
    /// Cable abbreviations and tags.
    public let glossary: Glossary
    /// The posts as cable ids write them.
    public let posts: PostTable
    /// The subject and country tags the glossary knows (`PGOV`, `KTIP`, `TI`, `NATO`), upper case.
    let tagNames: Set<String>

    /// Parses the three lists.
    public init(gazetteer: [UInt8], glossary: [UInt8], posts: [UInt8]) {
        self.gazetteer = Gazetteer(parsing: gazetteer)
        self.glossary = Glossary(parsing: glossary)
        self.posts = PostTable(parsing: posts)
        // NB: abbreviations in capitals (`NATO`, `UNHCR`) serve as tags too.
        tagNames = Set(
            self.glossary.entries.filter { entry in
                entry.kind == .tag || entry.kind == .country
                    || (entry.kind == .abbreviation && GeneralKnowledge.isCapitalLetters(entry.term))
            }.map { $0.term.uppercased() })
    }

    /// Whether every character of `term` is a capital letter.
    ///
    /// NB: the glossary is read at every start, before the browser's first frame; an ASCII term is read byte by
    /// byte rather than by `Character`, whose properties cost a look-up each.
    private static func isCapitalLetters(_ term: String) -> Bool {
        guard term.utf8.allSatisfy({ $0 < 0x80 }) else { return term.allSatisfy { $0.isUppercase && $0.isLetter } }
        return term.utf8.allSatisfy(\.isASCIIUpper)
    }

    /// This knowledge with the gazetteer parsed from `gazetteer`: knowledge made with an empty gazetteer for the
    /// loader, which never reads it, is completed for the names only when they are wanted.
    public func adding(gazetteer: [UInt8]) -> GeneralKnowledge {
        var knowledge = self
        knowledge.gazetteer = Gazetteer(parsing: gazetteer)
        return knowledge
    }

    /// No lists: names come only from the text's own patterns, tags have no meanings, and REF lines give cable ids
    /// only for the cable's own post.
    public static let empty = GeneralKnowledge(gazetteer: [], glossary: [], posts: [])
}
