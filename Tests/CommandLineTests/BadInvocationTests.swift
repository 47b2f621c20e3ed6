import Foundation
import Testing

/// Every bad invocation gets a clear message and its status, never a crash (a crash would be a signal: status > 128
/// or an uncaught-error trace).
@Suite struct BadInvocationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let status: Int32
        let message: String
        var testDescription: String { arguments.debugDescription }
    }

    static let usage: [Case] = [
        Case(arguments: ["--frobnicate"], status: 64, message: "Unknown option '--frobnicate'"),
        Case(arguments: ["read", "1", "--frobnicate"], status: 64, message: "Unknown option '--frobnicate'"),
        Case(arguments: ["search", "cotton", "-z"], status: 64, message: "Unknown option '-z'"),
        Case(arguments: ["refs", "--colour"], status: 64, message: "Unknown option '--colour'"),
        Case(arguments: ["export", "--pretty"], status: 64, message: "Unknown option '--pretty'"),
        Case(arguments: ["read"], status: 64, message: "Missing expected argument '<id>'"),
        Case(arguments: ["search"], status: 64, message: "Missing expected argument '<query>'"),
        Case(arguments: ["check"], status: 64, message: "name at least one file or folder"),
        Case(arguments: ["outline", "a.txt", "b.txt"], status: 66, message: "a.txt: no such file"),
        Case(arguments: ["outline", "frobnicate"], status: 66, message: "frobnicate: no such file"),
    ]

    static let unknownUnits: [Case] = [
        "", ".", "0", "99.Z", "27.Z", "¶", "h999", "u0", "25~2", "-",
        "99999999999999999999999", String(repeating: "9", count: 5_000),
    ].map {
        Case(arguments: ["read", "--", $0], status: 2, message: "no unit '\($0)' in 10DUSHANBE170")
    }

    static let emptyQueries: [Case] =
        ["", "   ", "the of and", "The Of AND", "!!!", "?!.,;:", "\"\"", "\"", "*", "-", "-- -", "¶ § —"].map {
            Case(arguments: ["search", "--", $0], status: 2, message: "empty query: only stop words or punctuation")
        }
        + ["-cotton", "-cotton -\"forced labor\""].map {
            Case(arguments: ["search", $0], status: 2, message: "empty query: only exclusions: a query needs a word")
        }

    @Test(arguments: usage + unknownUnits + emptyQueries)
    func aClearMessageAndItsStatus(_ bad: Case) throws {
        let run = try BuiltProgram.run(bad.arguments)
        #expect(run.status == bad.status)
        #expect(run.errors.contains(bad.message), "\(run.errors)")
        #expect(run.output.isEmpty)
        #expect(!run.errors.contains("Fatal error") && !run.errors.contains("Stack dump"))
    }

    @Test func aQuotedStopWordIsSearchedFor() throws {
        let run = try BuiltProgram.run(["search", "\"the\""])
        #expect(run.status == 0)
        #expect(run.output.hasSuffix(" matches\n"))
    }
}
