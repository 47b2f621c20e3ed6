import CableModel
import TestSupport
import Testing

@testable import Browser

/// Hostile text on the screen: every control shows as a visible escape, nothing reaches the grid raw, and the panes
/// keep their places. Loading and drawing such cables completes (the time bounds are loose, against regressions).
@Suite struct HostileScreenTests {
    private static let sizes = [(80, 24), (120, 40), (200, 50)]
    private static let generousBound = Duration.seconds(60)

    /// What the escape of each hostile text looks like on the screen.
    private static let visible: [String: String] = [
        "CSI colour": "^[[31mred^[[0m", "CSI clear screen": "^[[2J^[[H", "CSI cursor move": "^[[10;10H",
        "OSC window title": "^[]0;owned^G", "OSC 52 clipboard": "^[]52;c;cm0gLXJmIH4=^[\\",
        "DCS": "^[Pq#0;2;0;0;0^[\\", "bell and backspace": "^G^H^H", "C0 controls": "^A^B^N^O^Z^?",
        "form feed and vertical tab": "^L^K", "C1 CSI and NEL": "<U+009B>31m<U+0085>",
        "C1 OSC and ST": "<U+009D>0;owned<U+009C>", "bidi override": "abc<U+202E>fed<U+202C>ghi",
        "bidi isolates": "<U+2067>isolated<U+2069>", "zero-width": "in<U+200B>vis<U+200C>ible<U+200D>join<U+FEFF>",
        "wide": "漢字かな", "tabs": "a b  c",
    ]

    /// A scalar that may reach the terminal: no C0, DEL or C1 control and no reordering character.
    private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return
            !(value < 0x20 || (0x7F...0x9F).contains(value) || (0x200E...0x200F).contains(value)
            || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0xFEFF)
    }

    /// Every cell holds a safe scalar (or is the right half of a wide character).
    private func expectSafe(_ screen: Screen, _ comment: String) {
        let unsafe = screen.cells.filter { cell in
            !(cell.isContinuation || Self.isSafe(cell.scalar)) || !(cell.mark.map(Self.isSafe) ?? true)
        }
        #expect(unsafe.isEmpty, "\(comment): \(unsafe.map(\.scalar))")
    }

    /// The columns that hold a vertical pane border on every row between the title rows and the status line.
    private func borderColumns(_ screen: Screen) -> [Int] {
        (0..<screen.size.width).filter { column in
            (2..<(screen.size.height - 1)).allSatisfy { screen[column, $0].scalar == "│" }
        }
    }

    /// The panes stand where they stand for plain text: the same full-height borders, the title on the first row
    /// and the status line on the last.
    private func expectLayoutHolds(_ screen: Screen, like plain: Screen, _ comment: String) {
        let borders = borderColumns(plain)
        #expect(!borders.isEmpty, "\(comment): no borders\n\(plain.plainText)")
        #expect(borderColumns(screen) == borders, "\(comment)\n\(screen.plainText)")
        #expect(screen.text(ofRow: 0).hasPrefix(plain.text(ofRow: 0).prefix(12)), "\(comment)")
        #expect(screen.text(ofRow: screen.size.height - 1).contains("page"), "\(comment)")
    }

    /// The frame of a cable whose first paragraph is `text`, at a size, after `:1⏎`.
    private func frame(paragraph text: String, _ width: Int, _ height: Int) throws -> Screen {
        var state = try state(HostileText.cable(paragraphs: ["\(text) after.", "Next."]), width, height)
        state.type(":1⏎")
        return Renderer.render(state)
    }

    private func state(_ bytes: [UInt8], _ width: Int, _ height: Int) throws -> BrowserState {
        try Fixtures.state(text: String(decoding: bytes, as: UTF8.self), width, height)
    }

    @Test(arguments: HostileText.escapes + HostileText.tricks)
    func eachHostileTextShowsAsVisibleEscapes(_ hostile: (name: String, text: String)) throws {
        for (width, height) in Self.sizes {
            let screen = try frame(paragraph: hostile.text, width, height)
            let comment = "\(hostile.name) at \(width)×\(height)"
            expectSafe(screen, comment)
            expectLayoutHolds(screen, like: try frame(paragraph: "x", width, height), comment)
            if let visible = Self.visible[hostile.name] {
                #expect(screen.plainText.contains(visible), "\(comment)\n\(screen.plainText)")
            }
        }
    }

    @Test func everyHostileTextTogetherAtEverySize() throws {
        let all = (HostileText.escapes + HostileText.tricks).map(\.text).joined(separator: " ")
        let bytes = HostileText.cable(paragraphs: [all, all + all, "The end."])
        for (width, height) in Self.sizes + [(40, 12), (30, 8)] {
            var state = try state(bytes, width, height)
            for keys in ["", ":1⏎", "G", "2", "3", "/owned⏎", "n", "?", "⎋z"] {
                state.type(keys)
                let screen = Renderer.render(state)
                expectSafe(screen, "\(width)×\(height) after \(keys)")
                #expect(screen.plainText.split(separator: "\n", omittingEmptySubsequences: false).count == height + 1)
            }
        }
    }

    @Test func aHostileHeaderShowsAsVisibleEscapes() throws {
        let text =
            HostileText.header.replacingOccurrences("SUBJECT: HOSTILE TEXT", "SUBJECT: \u{1B}]0;owned\u{07}X\u{9B}2J")
            + "\n¶1. (U) " + String(repeating: "Plain prose fills the cable. ", count: 40) + "\n"
        let screen = Renderer.render(try Fixtures.state(text: text, 120, 40))
        expectSafe(screen, "header")
        #expect(screen.text(ofRow: 0).contains("^[]0;owned^GX<U+009B>2J"))
        expectLayoutHolds(screen, like: try frame(paragraph: "x", 120, 40), "header")
    }

    @Test func aTenMegabyteLineDrawsAndScrolls() throws {
        var state = try state(HostileText.longLine(megabytes: 10), 80, 24)
        let elapsed = ThreadCPUTime.measure {
            state.type(":1⏎")
            _ = state.frame
            state.type("   ")
            _ = state.frame
        }
        #expect(state.frame.contains("word word word"))
        expectLayoutHolds(Renderer.render(state), like: try frame(paragraph: "x", 80, 24), "10 MB line")
        #expect(elapsed < Self.generousBound)
    }

    @Test func aHundredThousandParagraphsDrawAndJump() throws {
        var state = try state(HostileText.unnumberedParagraphs(100_000), 120, 40)
        let elapsed = ThreadCPUTime.measure {
            _ = state.frame
            state.type(":u54321⏎")
            _ = state.frame
            state.type("G")
            _ = state.frame
        }
        state.type(":u54321⏎")
        #expect(state.currentID == "u54321")
        #expect(state.frame.contains("Paragraph 54321 says something short."))
        #expect(elapsed < Self.generousBound)
    }

    /// `see Paragraph 3` inside 3, and each paragraph sending to the next: following references round the circle
    /// fills the jump list only to its capacity.
    @Test func circularReferencesCanBeFollowedForever() throws {
        var state = try state(HostileText.circularReferences(50), 120, 40)
        state.type(":3⏎")
        for _ in 0..<300 {
            state.type("}⏎")
            _ = state.frame
        }
        #expect(state.jumps.entries.count <= JumpList.capacity)
        expectLayoutHolds(Renderer.render(state), like: try frame(paragraph: "x", 120, 40), "circular references")
    }

    @Test func everyParagraphReferringToEveryParagraph() throws {
        var state = try state(HostileText.referencesFromEveryToEvery(300), 200, 50)
        let elapsed = ThreadCPUTime.measure {
            state.type("3")
            _ = state.frame
            state.type("}}}⏎")
            _ = state.frame
        }
        expectSafe(Renderer.render(state), "every to every")
        #expect(elapsed < Self.generousBound)
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
