import Testing

@testable import Browser

@Suite struct ScreenTests {
    func screen(_ width: Int = 10, _ height: Int = 1) -> Screen { Screen(size: Size(width: width, height: height)) }

    @Test func writingStopsAtTheLimitAndTheEdge() {
        var grid = screen()
        let end = grid.write("abcdefghijklmnop", column: 2, row: 0, limit: 6, style: .plain)
        #expect(end == 6)
        #expect(grid.text(ofRow: 0) == "  abcd")
        let edge = grid.write("xyz", column: 8, row: 0, style: .plain)
        #expect(edge == 10)
        #expect(grid.text(ofRow: 0) == "  abcd  xy")
    }

    @Test func aWideCharacterThatWouldStraddleTheLimitBecomesABlank() {
        var grid = screen()
        grid.write("ab漢字", column: 0, row: 0, limit: 5, style: .plain)
        #expect(grid.text(ofRow: 0) == "ab漢")
        #expect(grid[3, 0].isContinuation)
        #expect(grid[4, 0].scalar == " ")
    }

    @Test func controlAndInvisibleCharactersShowAsEscapes() {
        var grid = screen(30)
        grid.write("a\u{1B}[31mb\u{7F}c\u{202E}d\u{85}", column: 0, row: 0, style: .plain)
        #expect(grid.text(ofRow: 0) == "a^[[31mb^?c<U+202E>d<U+0085>")
        #expect(grid[1, 0].style.role == .controlEscape)
        #expect(grid.cells.allSatisfy { $0.scalar.value >= 0x20 || $0.isContinuation })
    }

    @Test func aTabIsOneBlankAndACombiningMarkSitsOnItsCharacter() {
        var grid = screen()
        let end = grid.write("e\u{301}\tx", column: 0, row: 0, style: .plain)
        #expect(end == 3)
        #expect(grid[0, 0].scalar == "e" && grid[0, 0].mark == "\u{301}")
        #expect(grid.text(ofRow: 0) == "e\u{301} x")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var grid = screen()
        grid.write("漢字", column: 0, row: 0, style: .plain)
        grid.write("x", column: 1, row: 0, style: .plain)
        #expect(grid.text(ofRow: 0) == " x字")
        grid.write("y", column: 2, row: 0, style: .plain)
        #expect(grid.text(ofRow: 0) == " xy")
    }

    @Test func truncatedTextEndsWithAnEllipsis() {
        var grid = screen()
        grid.writeTruncated("Trafficking", column: 0, row: 0, limit: 6, style: .plain)
        #expect(grid.text(ofRow: 0) == "Traff…")
        var fresh = screen()
        fresh.writeTruncated("Short", column: 0, row: 0, limit: 10, style: .plain)
        #expect(fresh.text(ofRow: 0) == "Short")
    }

    @Test func rightAlignedTextEndsAtItsColumn() {
        var grid = screen()
        let start = grid.writeRightAligned("abc", endingAt: 10, row: 0, style: .plain)
        #expect(start == 7)
        #expect(grid.text(ofRow: 0) == "       abc")
    }

    @Test func widthsFollowTheUnicodeTable() {
        let width = DisplayWidth.unicodeTable
        #expect(width.width(of: "¶ — é “x”") == 9)
        #expect(width.width(of: "漢字") == 4)
        #expect(width.width(of: "e\u{301}") == 1)
        #expect(width.width(of: "\u{1B}") == 2)
    }
}
