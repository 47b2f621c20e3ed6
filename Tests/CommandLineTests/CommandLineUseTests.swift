import Foundation
import Testing

/// The command line as a day of use tried it: queries that start with `-`, standard input, several files, clean
/// piped tables, one wording for "no match".
@Suite struct CommandLineUseTests {
    private static let cable = """
        UNCLASSIFIED SECTION 01 OF 01 TESTPOST 000042

        SUBJECT: A TEST OF ONE PAGE

        1. The harvest of cotton began early, and the wheat harvest followed.

        2. The wheat harvest was small.

        """

    /// A file of its own for each call: the tests run in parallel and must not rewrite one another's files.
    private func file(_ text: String = CommandLineUseTests.cable) throws -> String {
        try BuiltProgram.temporaryFile(Array(text.utf8), name: "cable-\(UUID().uuidString).txt")
    }

    @Test func aQueryMayStartWithAnExclusion() throws {
        let run = try BuiltProgram.run(["search", "-cotton harvest", try file()])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("2 "))
        #expect(run.output.contains("1 unit, 1 match"))
        let json = try BuiltProgram.run(["search", "-cotton harvest", try file(), "--json"])
        #expect(json.status == 0)
        #expect(json.output.contains("\"query\""))
    }

    @Test func theSubjectAndTheTagsAreSearchedToo() throws {
        let tagged = CommandLineUseTests.cable.replacingOccurrences(
            of: "SUBJECT:", with: "TAGS: PHUM EAGR\n\nSUBJECT:")
        let tag = try BuiltProgram.run(["search", "EAGR", try file(tagged)])
        #expect(tag.status == 0, "\(tag.errors)")
        #expect(tag.output.hasPrefix("tags "), "\(tag.output)")
        let meaning = try BuiltProgram.run(["search", "\"human rights\"", try file(tagged), "--json"])
        #expect(meaning.output.contains("\"tags\""), "\(meaning.output)")
        let subject = try BuiltProgram.run(["search", "page", try file(tagged)])
        #expect(subject.output.hasPrefix("subject "), "\(subject.output)")
    }

    @Test func aQueryOfExclusionsOnlyNeedsAWord() throws {
        let run = try BuiltProgram.run(["search", "-cotton", try file()])
        #expect(run.status == 2)
        #expect(run.errors.contains("only exclusions: a query needs a word to find"))
    }

    @Test func noMatchHasOneWording() throws {
        let run = try BuiltProgram.run(["search", "barley", try file()])
        #expect(run.status == 1)
        #expect(run.output == "no match for \"barley\"\n")
    }

    @Test func aDashReadsStandardInput() throws {
        for command in [["outline", "-"], ["check", "-"], ["search", "wheat", "-"], ["stats", "-"]] {
            let run = try BuiltProgram.run(command, input: Array(Self.cable.utf8))
            #expect(run.status == 0, "\(command): \(run.errors)")
            #expect(run.output.contains("TESTPOST42") || run.output.contains("2 units"), "\(command)")
        }
    }

    @Test func outlineSearchAndStatsTakeSeveralFiles() throws {
        let other = try file(Self.cable.replacingOccurrences(of: "000042", with: "000043"))
        let outline = try BuiltProgram.run(["outline", try file(), other])
        #expect(outline.output.contains("TESTPOST42") && outline.output.contains("TESTPOST43"))
        let search = try BuiltProgram.run(["search", "wheat", try file(), other])
        #expect(search.output.contains("# TESTPOST42") && search.output.contains("# TESTPOST43"))
        let stats = try BuiltProgram.run(["stats", try file(), other])
        #expect(stats.output.contains("TESTPOST42") && stats.output.contains("TESTPOST43"))
        let missing = try BuiltProgram.run(["outline", "no-such-file.txt", try file()])
        #expect(missing.status == 66)
        #expect(missing.output.contains("TESTPOST42"))
    }

    @Test func pipedTablesHaveNoTrailingSpaces() throws {
        let run = try BuiltProgram.run(["stats"])
        #expect(run.status == 0)
        let padded = run.output.split(separator: "\n").filter { $0.hasSuffix(" ") }
        #expect(padded.isEmpty, "\(padded.prefix(3))")
    }

    @Test func onePageIsOnePage() throws {
        let run = try BuiltProgram.run(["check", try file()])
        #expect(run.output.contains("\t1 page\t"))
        #expect(run.output.contains("\t2 units\t"))
    }
}
