/// The noun phrase a figure counts (`criminal cases`, `Tajik officials`, `years imprisonment`).
struct CountedNoun: Sendable, Equatable {
    /// The tokens of the phrase as written right after the figure (empty when it comes from elsewhere).
    var tokens: Range<Int>
    /// The phrase as written, on one line.
    var text: String
    /// The head word, lower case (`cases`, `officials`, `years`).
    var head: String
    /// How the phrase was found: after the number, after `of the` (`17 of the women`) or after a copula (`4 were men`).
    var source: Source = .following

    enum Source: Sendable, Equatable {
        case following
        case partitive
        case predicate
        case inherited
    }
}

extension CountedNoun {
    /// The same noun, taken from elsewhere in the sentence.
    var inherited: CountedNoun {
        var copy = self
        copy.source = .inherited
        return copy
    }
}
