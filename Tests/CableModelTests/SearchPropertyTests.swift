import CableData
import CableModel
import Foundation
import TestSupport
import Testing

/// Search agrees with a naive scan of the text, on a few hundred words drawn at random (with a fixed seed) from
/// the shared cables and the corpus.
@Suite(.enabled(if: SharedData.shouldRun)) struct SearchPropertyTests {
    struct Sample {
        let cable: Cable
        let index: CableIndex
        let scan: NaiveWordScan
    }

    let samples: [Sample]
    let words: [String]

    init() throws {
        var samples: [Sample] = []
        for file in SharedData.files(in: "cables") {
            for cable in try CableLoader.load(SharedData.bytes(file), knowledge: .bundled) {
                samples.append(
                    Sample(
                        cable: cable, index: CableIndex.build(cable, knowledge: TestIndex.knowledge),
                        scan: NaiveWordScan(cable)))
            }
        }
        var generator = SeededGenerator(state: 20_261_129)
        var words: [String] = []
        let letters = samples.flatMap { $0.scan.words.map(\.folded) }.filter {
            $0.count >= 2 && $0.allSatisfy(\.isLetter)
        }
        for _ in 0..<200 where !letters.isEmpty {
            words.append(letters[Int.random(in: 0..<letters.count, using: &generator)])
        }
        let corpus = SharedData.files(in: "corpus")
        for _ in 0..<20 where !corpus.isEmpty {
            let file = corpus[Int.random(in: 0..<corpus.count, using: &generator)]
            let text = String(decoding: SharedData.bytes(file), as: UTF8.self)
            let found = text.split { !$0.isLetter }.map { $0.lowercased() }.filter {
                $0.count >= 3 && $0.allSatisfy(\.isASCII)
            }
            for _ in 0..<5 where !found.isEmpty {
                words.append(found[Int.random(in: 0..<found.count, using: &generator)])
            }
        }
        self.samples = samples
        self.words = words
    }

    @Test func enoughWords() {
        #expect(words.count >= 250)
        #expect(samples.count >= 12)
    }

    @Test func quotedWordMatchesExactlyTheNaiveScan() {
        for word in words {
            for sample in samples {
                let expected = sample.scan.spans { $0.folded == word }
                let result = sample.index.search("\"\(word)\"")
                #expect(Set(result.matches) == expected, "\(word) in \(sample.cable.title)")
                #expect(
                    Set(result.hits.map(\.unitID)) == Set(expected.map(\.unitID)), "\(word) in \(sample.cable.title)")
            }
        }
    }

    @Test func prefixMatchesExactlyTheNaiveScan() {
        for word in words {
            let prefix = String(word.prefix(max(2, word.count - 2)))
            for sample in samples {
                let expected = sample.scan.spans { $0.folded.hasPrefix(prefix) }
                #expect(
                    Set(sample.index.search(prefix + "*").matches) == expected, "\(prefix)* in \(sample.cable.title)")
            }
        }
    }

    @Test func capitalisedWordMatchesThatSpellingOnly() {
        for word in words where !SearchPropertyTests.stopWords.contains(word) {
            let capitalised = word.prefix(1).uppercased() + word.dropFirst()
            for sample in samples {
                let expected = sample.scan.spans { $0.written == capitalised }
                #expect(
                    Set(sample.index.search(capitalised).matches) == expected, "\(capitalised) in \(sample.cable.title)"
                )
            }
        }
    }

    @Test func loneWordFindsAtLeastEveryExactOccurrence() {
        for word in words where !SearchPropertyTests.stopWords.contains(word) {
            for sample in samples {
                let expected = sample.scan.spans { $0.folded == word }
                let found = Set(sample.index.search(word).matches)
                #expect(found.isSuperset(of: expected), "\(word) in \(sample.cable.title)")
            }
        }
    }

    @Test func twoWordsNeedBothAndExclusionRemoves() {
        var generator = SeededGenerator(state: 7)
        for _ in 0..<150 {
            let first = words[Int.random(in: 0..<words.count, using: &generator)]
            let second = words[Int.random(in: 0..<words.count, using: &generator)]
            for sample in samples {
                let withFirst = Set(sample.scan.spans { $0.folded == first }.map(\.unitID))
                let withSecond = Set(sample.scan.spans { $0.folded == second }.map(\.unitID))
                let both = sample.index.search("\"\(first)\" \"\(second)\"")
                #expect(Set(both.hits.map(\.unitID)) == withFirst.intersection(withSecond), "\(first) \(second)")
                guard first != second else { continue }
                let excluded = sample.index.search("\"\(first)\" -\"\(second)\"")
                #expect(Set(excluded.hits.map(\.unitID)) == withFirst.subtracting(withSecond), "\(first) -\(second)")
            }
        }
    }

    @Test func phrasesOfNeighbouringWords() {
        var generator = SeededGenerator(state: 11)
        for sample in samples where sample.scan.words.count > 2 {
            for _ in 0..<25 {
                let position = Int.random(in: 0..<(sample.scan.words.count - 1), using: &generator)
                let first = sample.scan.words[position].folded
                let second = sample.scan.words[position + 1].folded
                let expected = sample.scan.phraseSpans(first, second)
                #expect(Set(sample.index.search("\"\(first) \(second)\"").matches) == expected, "\(first) \(second)")
            }
        }
    }

    @Test func hitsAreRankedAndMatchesAreInDocumentOrder() {
        for word in words.prefix(60) {
            for sample in samples {
                let result = sample.index.search(word)
                #expect(zip(result.hits, result.hits.dropFirst()).allSatisfy { $0.score >= $1.score })
                let positions = result.matches.map { match in
                    (
                        sample.cable.position(of: match.unitID) ?? -1, match.field == .heading ? 0 : 1,
                        match.range.lowerBound
                    )
                }
                #expect(zip(positions, positions.dropFirst()).allSatisfy { $0 < $1 }, "\(word)")
            }
        }
    }

    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he",
        "her", "his", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or", "our", "she", "so", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "we",
        "were", "what", "which", "who", "will", "with", "would", "you",
    ]
}
