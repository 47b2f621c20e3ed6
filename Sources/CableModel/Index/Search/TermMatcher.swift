/// One query word resolved against a cable's word index: which interned id (or range of ids) a token must carry.
enum TermMatcher {
    /// Tokens with this stem (a lone word: inflections match).
    case stem(Int32)
    /// Tokens with this lower-cased, folded form.
    case term(Int32)
    /// Tokens written exactly so (diacritics folded): a word with an upper-case letter.
    case variant(Int32)
    /// Tokens whose term sorts in this range of ranks: a prefix.
    case termRanks(Range<Int32>)
    /// Tokens whose term sorts in this range of ranks and whose written form starts with these bytes: a prefix
    /// with an upper-case letter.
    case casedPrefix(Range<Int32>, [UInt8])
    /// The cable has no such word.
    case nothing

    /// Resolves a query word.
    init(_ term: SearchQuery.Term, inflected: Bool, in index: WordIndex) {
        var bytes: [UInt8] = []
        for scalar in term.text.unicodeScalars {
            if term.isCaseSensitive {
                ScalarFolding.appendKeepingCase(scalar, to: &bytes)
            } else {
                ScalarFolding.appendLowered(scalar, to: &bytes)
            }
        }
        switch (term.isPrefix, term.isCaseSensitive) {
        case (true, false):
            self = .termRanks(TermMatcher.prefixRange(bytes, sorted: index.sortedTerms, table: index.terms))
        case (true, true):
            var lowered: [UInt8] = []
            for scalar in term.text.unicodeScalars { ScalarFolding.appendLowered(scalar, to: &lowered) }
            self = .casedPrefix(TermMatcher.prefixRange(lowered, sorted: index.sortedTerms, table: index.terms), bytes)
        case (false, true):
            self = index.variants.id(of: bytes).map(TermMatcher.variant) ?? .nothing
        case (false, false) where inflected:
            self = index.stems.id(of: Stemmer.stem(bytes)).map(TermMatcher.stem) ?? .nothing
        case (false, false):
            self = index.terms.id(of: bytes).map(TermMatcher.term) ?? .nothing
        }
    }

    /// Whether a token matches.
    @inline(__always)
    func matches(_ token: Token, in index: WordIndex) -> Bool {
        switch self {
        case .stem(let id): index.stemID(of: token) == id
        case .term(let id): index.termID(of: token) == id
        case .variant(let id): token.variant == id
        case .termRanks(let ranks): ranks.contains(index.termRanks[Int(index.termID(of: token))])
        case .casedPrefix(let ranks, let prefix):
            ranks.contains(index.termRanks[Int(index.termID(of: token))])
                && index.variants.key(token.variant).starts(with: prefix)
        case .nothing: false
        }
    }

    /// The matching tokens in document order.
    func tokens(in index: WordIndex) -> [Int32] {
        switch self {
        case .stem(let id): Array(index.byStem.tokens(of: id))
        case .term(let id): Array(index.byTerm.tokens(of: id))
        case .variant(let id): Array(index.byVariant.tokens(of: id))
        case .termRanks(let ranks): TermMatcher.union(ranks, sorted: index.sortedTerms, lists: index.byTerm)
        case .casedPrefix(let ranks, let prefix):
            TermMatcher.union(ranks, sorted: index.sortedTerms, lists: index.byTerm).filter {
                index.variants.key(index.tokens[Int($0)].variant).starts(with: prefix)
            }
        case .nothing: []
        }
    }

    private static func union(_ ranks: Range<Int32>, sorted: [Int32], lists: PostingLists) -> [Int32] {
        if ranks.count == 1 { return Array(lists.tokens(of: sorted[Int(ranks.lowerBound)])) }
        var tokens: [Int32] = []
        for rank in ranks { tokens.append(contentsOf: lists.tokens(of: sorted[Int(rank)])) }
        tokens.sort()
        return tokens
    }

    /// The ranks of the keys that start with `prefix`, by binary search over the sorted keys.
    static func prefixRange(_ prefix: [UInt8], sorted: [Int32], table: ByteStringTable) -> Range<Int32> {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if table.key(sorted[middle]).lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        var end = low
        high = sorted.count
        while end < high {
            let middle = (end + high) / 2
            if table.key(sorted[middle]).starts(with: prefix) { end = middle + 1 } else { high = middle }
        }
        return Int32(low)..<Int32(end)
    }
}
