import CableData
import CableModel
import Foundation
import Testing

/// Where one cable ends and the next begins, in whole files and in streams fed a piece at a time.
@Suite struct CableSplitterTests {
    /// A small cable of the usual form; `post` and `number` tell cables apart.
    private static func cable(_ post: String, _ number: Int, body: String? = nil) -> String {
        "VZCZCXRO000\(number)\nP 10122\(number)Z FEB 10\nFM AMEMBASSY \(post)\nTO RUEHC/SECSTATE WASHDC PRIORITY 0001\n\n"
            + "UNCLAS \(post) 00000\(number)\n\nSUBJECT: MEETING NUMBER \(number)\n\n"
            + (body
                ?? "¶1. (U) The delegation met the minister on Tuesday and discussed the harvest.\n"
                + "¶2. (U) The minister said the rains had come late this year, as they often do.\nJONES\n")
    }

    private static func texts(_ pieces: [CableBytes]) -> [String] {
        pieces.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The cables of `bytes` pushed `chunk` bytes at a time, taken as they finish.
    private static func streamed(_ bytes: [UInt8], chunk: Int) -> [CableBytes] {
        var splitter = CableSplitter()
        var pieces: [CableBytes] = []
        for start in stride(from: 0, to: bytes.count, by: chunk) {
            splitter.push(bytes[start..<min(bytes.count, start + chunk)])
            pieces += splitter.takeCables()
        }
        splitter.finish()
        return pieces + splitter.takeCables()
    }

    @Test func oneCableIsOnePiece() {
        let text = CableSplitterTests.cable("ALPHA", 1)
        #expect(CableSplitterTests.texts(CableSplitter.split(Array(text.utf8))) == [text])
    }

    @Test func everyFormOfStartCuts() {
        let partial =
            "This record is a partial extract of the original cable. The full text of the original cable is not "
            + "available.\n\nUNCLAS GAMMA 000003\n\nSUBJECT: A PARTIAL ONE\n\n¶1. (U) Only the body survives here, "
            + "in a sentence long enough to read.\n"
        let dated =
            "O 121212Z MAR 10\nFM AMEMBASSY DELTA\nTO RUEHC/SECSTATE WASHDC\n\nUNCLAS DELTA 000004\n\n"
            + "¶1. (U) A cable that opens with its date-time group has a body as well.\n"
        let parts = [CableSplitterTests.cable("ALPHA", 1), partial, dated, CableSplitterTests.cable("BETA", 2)]
        let pieces = CableSplitter.split(Array(parts.joined().utf8))
        #expect(CableSplitterTests.texts(pieces) == parts)
        #expect(
            pieces.map(\.offset) == [
                0, parts[0].utf8.count, parts[0...1].joined().utf8.count,
                parts[0...2].joined().utf8.count,
            ])
    }

    /// A tab-separated row whose last field opens the envelope starts a cable; a copy of the message glued after its
    /// signature (its first field no number) does not.
    @Test func tabSeparatedRowCuts() {
        let first = CableSplitterTests.cable("ALPHA", 1)
        let row = "7781\t2010-02-10 12:22:00\t10BETA2\tEmbassy Beta\tUNCLASSIFIED\t\t"
        let second = row + CableSplitterTests.cable("BETA", 2)
        #expect(
            CableSplitterTests.texts(CableSplitter.split(Array((first + "\n" + second).utf8))) == [
                first + "\n", second,
            ])
        let glued = first.replacingOccurrences(of: "JONES\n", with: "JONES\tEmbassy Alpha\t\t") + first
        #expect(CableSplitter.split(Array(glued.utf8)).count == 1)
    }

    /// Files concatenated without a final line end glue each start to the last line before it.
    @Test func startsGluedToTheLineBeforeCut() throws {
        let first = CableSplitterTests.cable("ALPHA", 1).dropLast()
        let partial =
            "This record is a partial extract of the original cable. The full text of the original cable is not "
            + "available.\n\nUNCLAS GAMMA 000003\n\n¶1. (U) Only the body survives here, in a sentence long enough.\n"
            + "BROWN"
        let dated = "R 232312Z JAN 09 ZDS\nFM AMEMBASSY DELTA\n\nUNCLAS DELTA 000004\n\n¶1. (U) Short.\nGREEN"
        let twoLetters = "O P 131528Z MAY 08\nFM AMEMBASSY EPSILON\n\nUNCLAS EPSILON 000005\n\n¶1. (U) Short too.\n"
        let parts = [String(first), partial, dated, twoLetters, CableSplitterTests.cable("BETA", 2)]
        let cables = try CableLoader.load(Array(parts.joined().utf8), knowledge: .bundled)
        #expect(cables.map(\.title) == ["10ALPHA1", "GAMMA3", "09DELTA4", "08EPSILON5", "10BETA2"])
        #expect(cables[0].header.signature == "JONES")
        #expect(cables[1].header.signature == "BROWN")
    }

    /// A routing block repeated after `NNNN` is the tail of the message, not a cable of its own.
    @Test func routingAfterEndOfMessageIsATail() throws {
        let tail = "\nNNNN\n\nO 161036Z DEC 04\nFM AMEMBASSY ALPHA\nTO AMEMBASSY PARIS IMMEDIATE\nINFO AMEMBASSY ROME\n"
        let cables = try CableLoader.load(
            Array((CableSplitterTests.cable("ALPHA", 1) + tail).utf8), knowledge: .bundled)
        #expect(cables.count == 1)
        let followed =
            CableSplitterTests.cable("ALPHA", 1) + tail + "\nUNCLAS ALPHA 000002\n\n"
            + "¶1. (U) But a body after the routing makes it a cable of its own, with words.\n"
        #expect(try CableLoader.load(Array(followed.utf8), knowledge: .bundled).count == 2)
    }

    /// An envelope printed again after the signature, with the message's own date-time group, is the tail of the
    /// message; one with another date-time group begins a cable of its own.
    @Test(arguments: [1, 64, 4096])
    func envelopeRepeatedAfterTheSignatureIsATail(chunk: Int) throws {
        func envelope(_ time: String) -> String {
            "\nVZCZCXRO0001\nPP RUEHAG RUEHBC\nDE RUEHAA #0001/01 0411222\nZNR UUUUU ZZH\nP \(time) FEB 10\n"
                + "FM AMEMBASSY ALPHA\nTO RUEHC/SECSTATE WASHDC PRIORITY 0001\nINFO RUEHBB/AMEMBASSY BETA\n"
        }
        let repeated = Array((CableSplitterTests.cable("ALPHA", 1) + envelope("101221Z")).utf8)
        #expect(CableSplitterTests.streamed(repeated, chunk: chunk).count == 1)
        let cable = try #require(try CableLoader.load(repeated, knowledge: .bundled).first)
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.header.signature == "JONES")
        let other = Array((CableSplitterTests.cable("ALPHA", 1) + envelope("111111Z")).utf8)
        #expect(CableSplitterTests.streamed(other, chunk: chunk).count == 2)
    }

    /// A cable that ends with its header is still a cable when another follows it; an envelope printed twice is not.
    @Test func headerOnlyCableBeforeAnother() throws {
        let headerOnly =
            "VZCZCXRO0009\nP 101222Z FEB 10\nFM AMEMBASSY ZETA\n\nUNCLAS SECTION 01 OF 02 ZETA 000009\n\n"
            + "SIPDIS\n ...\n"
        let cables = try CableLoader.load(
            Array((headerOnly + CableSplitterTests.cable("ALPHA", 1)).utf8), knowledge: .bundled)
        #expect(cables.map(\.title) == ["10ZETA9", "10ALPHA1"])
    }

    /// A header-only preview followed by the full copy of the same message is one cable, read from the full copy.
    @Test func previewBeforeTheFullCopyIsReplaced() throws {
        let full = CableSplitterTests.cable("ALPHA", 1)
        let preview = full.prefix(while: { $0 != "¶" }) + "\nid: 1234\nrefid: 10ALPHA1\nheader:\n"
        let cables = try CableLoader.load(Array((preview + full).utf8), knowledge: .bundled)
        #expect(cables.count == 1)
        #expect(cables.first?.units.map(\.id) == ["1", "2"])
        let other = full.replacing("MEETING NUMBER 1", with: "ANOTHER MATTER").replacing("P 101221Z", with: "P 111111Z")
        #expect(try CableLoader.load(Array((preview + other).utf8), knowledge: .bundled).count == 2)
    }

    /// Each cable is decoded on its own: a UTF-8 cable keeps its `¶` beside a Latin-1 one.
    @Test func mixedEncodingsAreDecodedPerCable() throws {
        let latin1 = Array(CableSplitterTests.cable("BETA", 2).utf8).flatMap { $0 == 0xC2 ? [] : [$0] }
        let bytes = Array(CableSplitterTests.cable("ALPHA", 1).utf8) + latin1
        let cables = try CableLoader.load(bytes, knowledge: .bundled)
        #expect(cables.map(\.encoding) == [.utf8, .latin1])
        #expect(cables.map { $0.units.map(\.id) } == [["1", "2"], ["1", "2"]])
        #expect(cables[0].unit(id: "2")?.text.hasPrefix("The minister said") == true)
    }

    /// Pushing the bytes a few at a time gives the same cables as pushing them whole.
    @Test(arguments: [1, 7, 64, 4096])
    func streamingMatchesWholeFile(chunk: Int) {
        let text =
            CableSplitterTests.cable("ALPHA", 1) + "\r\n" + CableSplitterTests.cable("BETA", 2)
            + "\nNNNN\nR 010101Z JAN 10\nFM AMEMBASSY BETA\n" + CableSplitterTests.cable("GAMMA", 3)
        let bytes = Array(text.utf8)
        let pieces = CableSplitterTests.streamed(bytes, chunk: chunk)
        #expect(pieces == CableSplitter.split(bytes))
        #expect(pieces.count == 3)
    }

    /// A start after a header alone waits for the date-time group below it. When prose and then another start come
    /// first, that start cuts, and the waiting one must not cut behind it later (a fuzzed input once did), whether
    /// the stream comes whole or a piece at a time.
    @Test(arguments: [1, 7, 64, 300, 4096])
    func aWaitingStartNeverCutsBehindALaterCut(chunk: Int) throws {
        let headerOnly =
            "VZCZCXRO0009\nP 101229Z FEB 10\nFM AMEMBASSY ZETA\n\nUNCLAS ZETA 000009\n\nSUBJECT: A HEADER\n\n"
        let waiting =
            "VZCZCXRO0010\nOO RUEHAG RUEHBC\nThe delegation met the minister on Tuesday and discussed the harvest.\n"
            + "The minister said the rains had come late this year, as they often do.\n"
        let bytes = Array((headerOnly + waiting + CableSplitterTests.cable("BETA", 2)).utf8)
        let pieces = CableSplitterTests.streamed(bytes, chunk: chunk)
        #expect(pieces == CableSplitter.split(bytes))
        #expect(pieces.map(\.bytes.count).reduce(0, +) == bytes.count)
        #expect(CableSplitterTests.texts(pieces).last == CableSplitterTests.cable("BETA", 2))
    }

    /// A finished cable is handed out as soon as the next one starts, before the stream ends.
    @Test func cablesAreReleasedAsTheStreamGoesOn() {
        var splitter = CableSplitter()
        splitter.push(Array((CableSplitterTests.cable("ALPHA", 1) + CableSplitterTests.cable("BETA", 2)).utf8))
        #expect(splitter.takeCables().count == 1)
        splitter.finish()
        #expect(splitter.takeCables().count == 1)
    }

    /// One cable past the size limit keeps its first bytes and counts the rest; the next cable is whole.
    @Test func oversizedCableIsCutAndCounted() {
        let long = CableSplitterTests.cable(
            "ALPHA", 1, body: String(repeating: "A line of prose, said twice.\n", count: 100))
        let bytes = Array((long + CableSplitterTests.cable("BETA", 2)).utf8)
        let pieces = CableSplitter.split(bytes, cableSizeLimit: 1_000)
        #expect(pieces.count == 2)
        #expect(pieces[0].bytes.count <= 1_000 + 80)
        #expect(pieces[0].bytes.count + pieces[0].droppedBytes == long.utf8.count)
        #expect(pieces[1].droppedBytes == 0)
        #expect(pieces[1].offset == long.utf8.count)
    }

    /// Lone CR line ends split lines as LF does.
    @Test func carriageReturnLineEnds() throws {
        let text = (CableSplitterTests.cable("ALPHA", 1) + CableSplitterTests.cable("BETA", 2))
            .replacing("\n", with: "\r")
        #expect(CableSplitter.split(Array(text.utf8)).count == 2)
    }

    /// A spreadsheet's header line before its first row is not a cable.
    @Test func spreadsheetPreambleIsDropped() throws {
        let row = "\"1\",\"2/10/2010 12:22\",\"10ALPHA1\",\"Embassy Alpha\",\"UNCLASSIFIED\",\"\",\"text\"\n"
        let pieces = CableSplitter.split(Array(("id,date,refid,origin,classification,refs,text\n" + row).utf8))
        #expect(CableSplitterTests.texts(pieces) == [row])
    }

    /// A row of the export with unquoted fields, wrapped over lines, its text in two fields (the envelope, the rest).
    private static func unquotedRow(_ post: String, _ number: Int) -> String {
        let envelope = "VZCZCXRO000\(number)\nP 10122\(number)Z FEB 10\nFM AMEMBASSY \(post)\nTO RUEHC/SECSTATE WASHDC"
        let rest =
            "UNCLAS \(post) 00000\(number)\n\nSUBJECT: MEETING NUMBER \(number)\n\n¶1. (U) The delegation met the "
            + "minister, who called the harvest \"\"fair\"\".\n¶2. (U) The minister said the rains had come late.\nJONES\n"
        return "51\(number),2/10/2010 12:2\(number),10\(post)\(number),\"Embassy\n\(post)\",UNCLASSIFIED,,\"" + envelope
            + "\",\"" + rest + "\"\n"
    }

    /// Such a row is a cable: its header and paragraphs read, its doubled quotes made single.
    @Test func unquotedRowIsACable() throws {
        let cable = try #require(
            try CableLoader.load(Array(CableSplitterTests.unquotedRow("ALPHA", 1).utf8), knowledge: .bundled).first)
        #expect(cable.header.id == "10ALPHA1")
        #expect(cable.header.classification == "UNCLASSIFIED")
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.units.first?.text.hasSuffix("the harvest \"fair\".") == true)
        #expect(cable.header.signature == "JONES")
    }

    /// A row of the full record after a preview of the same message cut short with `...` (a header alone, or a
    /// body too) replaces the preview; a row of another message after it is a cable of its own.
    @Test func unquotedRowAfterAPreviewReplacesIt() throws {
        let full = CableSplitterTests.cable("ALPHA", 1)
        let row = CableSplitterTests.unquotedRow("ALPHA", 1)
        let header = full.prefix(while: { $0 != "¶" }).replacing("MEETING NUMBER 1", with: "MEETING NUM...") + "\n"
        let body = try #require(full.firstRange(of: "as they")).lowerBound
        for preview in [String(header), full[..<body] + "...\n\nJONES\n\",\n"] {
            let cables = try CableLoader.load(Array((preview + row).utf8), knowledge: .bundled)
            #expect(cables.map(\.title) == ["10ALPHA1"])
            #expect(cables.first?.units.map(\.id) == ["1", "2"])
            #expect(cables.first?.header.subject == "MEETING NUMBER 1")
            let other = CableSplitterTests.unquotedRow("BETA", 2)
            #expect(try CableLoader.load(Array((preview + other).utf8), knowledge: .bundled).count == 2)
        }
        let dated = full.replacing("JONES\n", with: "12,3/4/2005 10:30,10 of them left.\n")
        #expect(CableSplitter.split(Array((dated + full).utf8)).count == 2)
    }
}
