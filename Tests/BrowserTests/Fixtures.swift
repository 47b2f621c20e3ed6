import Browser
import CableData
import CableModel
import Foundation

/// The documents and states the browser tests start from.
enum Fixtures {
    /// The bundled cable (10DUSHANBE170), loaded once.
    static let seedCable: Cable = {
        let bytes = BundledData.bytes(of: BundledData.defaultCableName) ?? []
        return try! CableLoader.loadFirst(bytes)
    }()

    /// the bundled general knowledge (gazetteer, glossary).
    static let knowledge = GeneralKnowledge(gazetteer: BundledData.gazetteerBytes, glossary: BundledData.glossaryBytes)

    /// The bundled cable as the browser shows it: the header first, then the units, with what was found in them.
    private static let seedBrowsed = Document.browsing(seedCable, knowledge: knowledge)

    /// A fresh document of the bundled cable (documents keep a cache, so each test gets its own).
    static func seedDocument() -> Document { Document(cable: seedBrowsed.cable, findings: seedBrowsed.findings) }

    /// A browser on the bundled cable at a size.
    static func state(_ width: Int = 120, _ height: Int = 40) -> BrowserState {
        BrowserState(document: seedDocument(), size: Size(width: width, height: height))
    }

    /// A browser on a cable made from text.
    static func state(text: String, _ width: Int = 80, _ height: Int = 24) throws -> BrowserState {
        let cable = try CableLoader.loadFirst(Array(text.utf8))
        return BrowserState(document: .browsing(cable, knowledge: knowledge), size: Size(width: width, height: height))
    }

    /// The folder of the repository (for the snapshots and the end-to-end script).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
}

extension BrowserState {
    /// Presses keys given as text: each character is a key, with `⏎` for Enter, `⎋` for Esc, `⇥` for Tab and
    /// `⌫` for Backspace. Returns the reaction to the last key.
    @discardableResult
    mutating func type(_ keys: String) -> Reaction {
        var reaction = Reaction.none
        for scalar in keys.unicodeScalars {
            let key: Key
            switch scalar {
            case "⏎": key = .enter
            case "⎋": key = .escape
            case "⇥": key = .tab
            case "⌫": key = .backspace
            default: key = .character(scalar)
            }
            reaction = handle(.key(key))
        }
        return reaction
    }

    /// Presses one key.
    @discardableResult
    mutating func press(_ key: Key) -> Reaction { handle(.key(key)) }

    /// The id of the reader's current unit.
    var currentID: String { document.cable.units[reader.current].id }

    /// The id of the unit at the reader's top line.
    var topID: String { document.cable.units[reader.top.unit].id }

    /// The frame as text.
    var frame: String { Renderer.render(self).plainText }
}
