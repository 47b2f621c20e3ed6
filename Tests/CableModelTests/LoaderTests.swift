import CableData
import CableModel
import Testing

/// Decoding, refusal of bad input, and files that hold several cables.
@Suite struct LoaderTests {
    private func load(_ text: String) throws -> [Cable] { try CableLoader.load(Array(text.utf8), knowledge: .bundled) }

    @Test func emptyAndBlankFilesAreRefused() {
        #expect(throws: LoadError.empty) { try CableLoader.load([], knowledge: .bundled) }
        #expect(throws: LoadError.empty) { try CableLoader.load(Array(" \n\r\n\t\n".utf8), knowledge: .bundled) }
    }

    @Test func binaryFilesAreRefused() {
        #expect(throws: LoadError.binary) {
            try CableLoader.load([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], knowledge: .bundled)
        }
        let controls = [UInt8](repeating: 0x01, count: 50) + Array("text".utf8)
        #expect(throws: LoadError.binary) { try CableLoader.load(controls, knowledge: .bundled) }
    }

    @Test func bytesThatAreNeitherUTF8NorLatin1AreRefused() {
        let undefined = [UInt8](repeating: 0x81, count: 20) + Array(" some text".utf8)
        #expect(throws: LoadError.notText) { try CableLoader.load(undefined, knowledge: .bundled) }
    }

    @Test func oversizedInputIsRefused() {
        let huge = [UInt8](repeating: 0x61, count: CableLoader.sizeLimit + 1)
        #expect(throws: LoadError.tooLarge(bytes: huge.count, limit: CableLoader.sizeLimit)) {
            try CableLoader.load(huge, knowledge: .bundled)
        }
    }

    @Test func latin1PilcrowAndCRLF() throws {
        let bytes: [UInt8] = Array("Intro line.\r\n\r\n".utf8) + [0xB6] + Array("1. (C) First paragraph.\r\n".utf8)
        let cable = try #require(try CableLoader.load(bytes, knowledge: .bundled).first)
        #expect(cable.encoding == .latin1)
        #expect(cable.unit(id: "1")?.text == "First paragraph.")
        #expect(cable.unit(id: "1")?.marking == "C")
    }

    @Test func textWithoutHeaderLoadsAsUntitledParagraphs() throws {
        let cable = try #require(
            try load("Dear reader,\n\nThis is not a cable at all.\n\nIt has two paragraphs.\n").first)
        #expect(cable.title == "untitled")
        #expect(cable.header.id == nil)
        #expect(cable.warnings.contains { $0.contains("no cable header") })
        #expect(cable.units.count == 3)
        #expect(cable.units.allSatisfy { $0.kind == .unnumbered })
    }

    @Test func controlCharactersAreKeptVerbatimInTheModel() throws {
        let cable = try #require(try load("Line with \u{1B}[31mescape\u{1B}[0m inside.\n").first)
        #expect(cable.units.first?.text.contains("\u{1B}[31m") == true)
    }

    @Test func concatenatedCablesLoadOneByOne() throws {
        let one =
            "VZCZCXRO0001\nP 101222Z FEB 10\nFM AMEMBASSY ALPHA\nTO RUEHC/SECSTATE WASHDC PRIORITY 0001\n\n"
            + "UNCLAS ALPHA 000001\n\nSUBJECT: FIRST\n\n¶1. (U) The first cable has a body that is long enough to count.\n"
            + "¶2. (U) Its second paragraph says more about the matter at hand, in prose.\nSMITH\n"
        let two = one.replacingOccurrences("ALPHA 000001", "BETA 000002").replacingOccurrences("ALPHA", "BETA")
            .replacingOccurrences("FIRST", "SECOND")
        let cables = try load(one + two)
        #expect(cables.map(\.header.id) == ["10ALPHA1", "10BETA2"])
        #expect(cables.map(\.header.subject) == ["FIRST", "SECOND"])
    }

    @Test func repeatedEnvelopeIsOneCable() throws {
        let envelope = "VZCZCXRO0001\nP 101222Z FEB 10\nFM AMEMBASSY ALPHA\nTO RUEHC/SECSTATE WASHDC PRIORITY 0001\n\n"
        let cable = envelope + ">\n2/10/2010 12:22\n" + envelope + "UNCLAS ALPHA 000001\n\n¶1. (U) Body text here.\n"
        let cables = try load(cable)
        #expect(cables.count == 1)
        #expect(cables.first?.header.to.count == 1)
        #expect(cables.first?.unit(id: "1")?.text == "Body text here.")
    }

    @Test func spreadsheetRowsWithTrailingBackslashes() throws {
        func row(_ id: Int, _ post: String) -> String {
            let body =
                "P 101222Z FEB 10\nFM AMEMBASSY \(post)\n\nUNCLAS \(post) 00000\(id)\n\nSUBJECT: \"QUOTED\"\n\n"
                + "¶1. (U) Text of cable \(id), with \"\"quotes\"\".\n"
            let fields = "\"\(id)\",\"2/10/2010 12:22\",\"10\(post)\(id)\",\"Embassy\",\"UNCLASSIFIED\",\"\",\""
            return (fields + body.replacingOccurrences("\"QUOTED\"", "\"\"QUOTED\"\"") + "\"")
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0 + "\\" }.joined(separator: "\n")
        }
        let cables = try load(row(1, "ALPHA") + "\n" + row(2, "BETA"))
        #expect(cables.map(\.header.id) == ["10ALPHA1", "10BETA2"])
        #expect(cables.first?.header.subject == "\"QUOTED\"")
        #expect(cables.last?.unit(id: "1")?.text == "Text of cable 2, with \"quotes\".")
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        replacing(target, with: replacement)
    }
}
