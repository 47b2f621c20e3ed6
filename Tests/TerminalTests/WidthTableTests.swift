import Browser
import Testing

@testable import Terminal

/// The pure-Swift width table (used by tests and benchmarks) agrees with the C library's `wcwidth` (used by the
/// running browser, and followed by ncurses) wherever cable text goes.
@Suite struct WidthTableTests {
    init() { _ = TerminalSession.prepare() }

    /// Scalars whose widths differ, in the given ranges; scalars newer than the C library's Unicode 15.0 are left out.
    func disagreements(in ranges: [ClosedRange<UInt32>]) -> [String] {
        var found: [String] = []
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if let age = scalar.properties.age, (age.major, age.minor) > (15, 0) { continue }
                let table = DisplayWidth.unicodeTable.glyph(for: scalar)
                let library = DisplayWidth.wcwidth.glyph(for: scalar)
                if table != library { found.append("U+\(String(value, radix: 16)) table \(table) libc \(library)") }
            }
        }
        return found
    }

    @Test func theLocaleIsUTF8() {
        #expect(TerminalLocale.isUTF8)
    }

    @Test func latinPunctuationAndSymbolsAgree() {
        let found = disagreements(in: [
            0x20...0x24F, 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x22FF, 0x2500...0x25FF,
        ])
        #expect(found.isEmpty, "\(found.prefix(20))")
    }

    @Test func combiningMarksAndOtherScriptsAgree() {
        let found = disagreements(in: [0x300...0x36F, 0x370...0x52F, 0x590...0x6FF, 0x900...0x97F, 0xE00...0xE7F])
        #expect(found.isEmpty, "\(found.prefix(20))")
    }

    @Test func eastAsianScriptsAgree() {
        let found = disagreements(in: [
            0x1100...0x11FF, 0x2E80...0x303F, 0x3040...0x30FF, 0x4E00...0x4FFF, 0xAC00...0xAD00, 0xFF00...0xFFEF,
        ])
        #expect(found.isEmpty, "\(found.prefix(20))")
    }
}
