/// Builds the outline of units from the body's blocks.
///
/// Numbers must rise (a smaller number is a list inside a paragraph, not a new paragraph), letters rise within
/// their section or paragraph, and a block with no marker continues the unit before it: joined into its last
/// sentence when a blank line cut that sentence, or as a new paragraph of the same unit.
struct OutlineBuilder {
    private var drafts: [UnitDraft] = []
    private var usedIDs = Set<String>()
    private var nextSuffixes: [String: Int] = [:]
    private var lastNumber = 0
    private var container: Int?
    private var lastLetters: [String: ItemLetter] = [:]
    private var unnumberedCount = 0
    /// The number the next entry of a list inside the current paragraph carries, while such a list is open.
    private var listNext: Int?
    /// Whether every numbered paragraph so far carries a portion marking.
    private var paragraphsAllMarked = true
    /// Whether the block before was a paragraph redacted whole (`¶5. (S) XXXXXXXXXXXX`).
    private var followsWithheld = false
    private var headingCount = 0
    /// Where the block being added starts in the file's text: a unit it opens starts there.
    private var blockStart: Int?
    /// Whether the body numbers or letters anything; if not, every block is a unit of its own.
    private let bodyHasMarkers: Bool
    /// For each paragraph number, the last block whose marker can open it (under either reading).
    ///
    /// NB: looked up, not searched for: asking each marker whether a later block opens the next number by scanning
    /// the blocks after it took quadratic time on a file of numbered lines (over 300 s for 1 MB of `1.` lines).
    private let lastBlockOpening: [Int: Int]

    /// A previous block whose last line is at least this long and does not end a sentence was cut by the
    /// conversion; a shorter one is a title, a date or a list entry.
    private static let cutLineLength = 48

    /// Builds the outline of `blocks`.
    static func build(_ blocks: [RawBlock]) -> [Unit] {
        var builder = OutlineBuilder(blocks: blocks)
        for index in blocks.indices { builder.add(blocks[index], at: index) }
        return builder.drafts.map(\.unit)
    }

    private init(blocks: [RawBlock]) {
        bodyHasMarkers = blocks.contains { block in
            guard let kind = block.marker?.kind else { return false }
            if case .marked = kind { return false }
            return true
        }
        var lastBlockOpening: [Int: Int] = [:]
        for (index, block) in blocks.enumerated() {
            guard case .numbered(let literal, let withoutLeadingOne) = block.marker?.kind else { continue }
            lastBlockOpening[literal] = index
            if let withoutLeadingOne { lastBlockOpening[withoutLeadingOne] = index }
        }
        self.lastBlockOpening = lastBlockOpening
    }

    private mutating func add(_ block: RawBlock, at index: Int) {
        blockStart = block.start
        let afterWithheld = followsWithheld
        followsWithheld = block.isWithheld
        if let marker = block.marker, takesListEntry(marker, block, at: index) || continuesTable(marker, block) {
            continueList(with: block)
            return
        }
        if let marker = block.marker, isWrappedNumber(marker, block, at: index) {
            continueSentence(with: block)
            return
        }
        if let marker = block.marker, open(marker, block) { return }
        if let heading = HeadingBlock.text(of: block) ?? (afterWithheld ? HeadingBlock.title(of: block) : nil) {
            headingCount += 1
            start(UnitDraft(id: "h\(headingCount)", kind: .heading, label: "", heading: heading, page: block.page))
            container = nil
            return
        }
        continueUnit(with: block)
    }

    /// Opens the unit a marker names; false when the marker does not fit the sequence and is plain text.
    private mutating func open(_ marker: BlockMarker, _ block: RawBlock) -> Bool {
        defer { listNext = nil }
        let content = BlockText.text(of: block, from: marker.contentStart)
        switch marker.kind {
        case .section(let number, let title):
            var draft = UnitDraft(
                id: "\(number)", kind: .section, label: "PARAGRAPH \(number)", heading: title, page: block.page)
            draft.marking = marker.marking
            start(draft)
            container = drafts.count - 1
        case .numbered(let literal, let withoutLeadingOne):
            guard
                let number = paragraphNumber(literal: literal, withoutLeadingOne: withoutLeadingOne)
                    ?? misplacedNumber(literal: literal, withoutLeadingOne: withoutLeadingOne)
            else { return false }
            lastNumber = max(lastNumber, number)
            paragraphsAllMarked = paragraphsAllMarked && marker.marking != nil
            var draft = UnitDraft(
                id: "\(number)", kind: .paragraph, label: "\(number).", heading: nil, page: block.page)
            draft.marking = marker.marking
            draft.append(content, lastLineLength: block.lines.last?.count ?? 0)
            start(draft)
            container = drafts.count - 1
        case .lettered(let letter):
            let parent = container.map { drafts[$0].id }
            let key = parent ?? ""
            if let last = lastLetters[key], letter <= last { return false }
            lastLetters[key] = letter
            let id = parent.map { "\($0).\(letter.text)" } ?? letter.text
            var draft = UnitDraft(id: id, kind: .item, label: "\(letter.text).", heading: nil, page: block.page)
            draft.parent = parent
            draft.marking = marker.marking
            draft.append(BlockText.removingTrailingDash(content), lastLineLength: block.lines.last?.count ?? 0)
            start(draft)
        case .marked:
            unnumberedCount += 1
            var draft = UnitDraft(
                id: "u\(unnumberedCount)", kind: .unnumbered, label: "", heading: nil, page: block.page)
            draft.marking = marker.marking
            draft.append(content, lastLineLength: block.lines.last?.count ?? 0)
            start(draft)
            container = nil
        }
        return true
    }

    /// A number without a portion marking that restarts at 1 inside a paragraph that carries one (again after a list
    /// of its own), or the next number of the list it so opened: an entry of a list inside the paragraph
    /// (`3. (U) The plan:` / `1. Roads` / `2. Ports`).
    ///
    /// NB: such a list may run past the paragraph's next number; an entry numbered above the last paragraph stays in
    /// the list while a later block opens the paragraphs' next number, or while it reads as an entry (one line that
    /// ends no sentence: `7. Anne Smith, Ministry of Justice`) in a cable whose paragraphs all carry a marking, so a
    /// paragraph whose author left off its marking is still read as one. An unmarked cable opens no such list: there
    /// a restart is all the evidence, and a paragraph listing `1.` and `2.` would take its successor `3.` as its
    /// third entry.
    private mutating func takesListEntry(_ marker: BlockMarker, _ block: RawBlock, at index: Int) -> Bool {
        // NB: the number as written: a list's `11.` is its eleventh entry, never `¶1.` read with its `¶` as `1`.
        guard case .numbered(let literal, _) = marker.kind, marker.marking == nil else { return false }
        if literal == 1 {
            guard let container, drafts[container].kind == .paragraph, drafts[container].marking != nil else {
                return false
            }
        } else if literal != listNext {
            return false
        }
        if literal > lastNumber, (lastBlockOpening[lastNumber + 1] ?? -1) <= index,
            !(paragraphsAllMarked && readsAsEntry(block, after: marker))
        {
            return false
        }
        listNext = literal + 1
        return true
    }

    /// A numbered row of a table typed in the text (`4. CIL      (0)      (2)`) under the table's last row: the
    /// table goes on, whatever the paragraphs' numbers.
    private func continuesTable(_ marker: BlockMarker, _ block: RawBlock) -> Bool {
        guard case .numbered = marker.kind, marker.marking == nil, let first = block.lines.first else { return false }
        return LineJoin.hasColumnGap(first.trimmed) && OutlineBuilder.endsInTableRow(drafts.last?.paragraphs.last)
    }

    /// Whether `paragraph` ends with a row of a table (a line holding a column gap).
    ///
    /// NB: only the text's last bytes are read (a row is short), so a long paragraph is not read again at each block.
    private static func endsInTableRow(_ paragraph: [UInt8]?) -> Bool {
        guard let paragraph else { return false }
        let tail = paragraph.suffix(longestRow)
        let line = tail[(tail.lastIndex(of: ASCII.newline).map { $0 + 1 } ?? tail.startIndex)...]
        return LineJoin.hasColumnGap(line.trimmed)
    }

    /// The longest row of a table typed in the text.
    private static let longestRow = 160

    /// One line whose text past its number ends no sentence: a list's entry, not a paragraph.
    private func readsAsEntry(_ block: RawBlock, after marker: BlockMarker) -> Bool {
        let text = BlockText.text(of: block, from: marker.contentStart)
        return block.lines.count == 1 && !text.isEmpty && !SentenceEnd.isComplete(text[...])
    }

    /// A number below the last one that no paragraph has taken, right under a heading: the author numbered two
    /// paragraphs out of order (`¶6.` under one heading, `¶5.` under the next); a list does not open under a heading.
    private func misplacedNumber(literal: Int, withoutLeadingOne: Int?) -> Int? {
        guard let last = drafts.last, last.kind == .heading, last.paragraphs.isEmpty else { return nil }
        return [literal, withoutLeadingOne ?? 0].first { $0 >= 1 && $0 < lastNumber && !usedIDs.contains("\($0)") }
    }

    /// The paragraph number a marker stands for, or nil when it does not rise above the last one.
    private func paragraphNumber(literal: Int, withoutLeadingOne: Int?) -> Int? {
        let next = lastNumber + 1
        let candidates = [literal, withoutLeadingOne ?? 0].filter { $0 > lastNumber && $0 <= lastNumber + 40 }
        if candidates.contains(next) { return next }
        if lastNumber == 0, literal > 0, candidates.contains(literal) { return literal }
        return candidates.min()
    }

    /// A number that skips ahead of the sequence while the next number opens a later block: the end of a sentence
    /// wrapped onto a line of its own (`Please see paragraph` / `¶5.`), or, after a sentence left open, a number
    /// inside it that a line break put first (`the score fell to` / `¶6. Freedom House says ...`).
    private func isWrappedNumber(_ marker: BlockMarker, _ block: RawBlock, at index: Int) -> Bool {
        guard case .numbered(let literal, let withoutLeadingOne) = marker.kind, marker.marking == nil,
            paragraphNumber(literal: literal, withoutLeadingOne: withoutLeadingOne) != lastNumber + 1
        else { return false }
        let isBare = block.lines.count == 1 && BlockText.text(of: block, from: marker.contentStart).isEmpty
        guard isBare || opensSentenceBefore else { return false }
        return (lastBlockOpening[lastNumber + 1] ?? -1) > index
    }

    /// Whether the last unit's last paragraph ends in the middle of a sentence.
    private var opensSentenceBefore: Bool {
        guard let last = drafts.last?.paragraphs.last else { return false }
        return !SentenceEnd.isComplete(last[...])
    }

    /// A wrapped number continues the paragraph before it (`see para.` / `¶3.` too); with none before, it is plain
    /// text.
    private mutating func continueSentence(with block: RawBlock) {
        // NB: joined in place: a copy of the draft would copy its text at every wrapped number (quadratic).
        guard let last = drafts.indices.last, !drafts[last].paragraphs.isEmpty else {
            continueUnit(with: block)
            return
        }
        drafts[last].joinToLastParagraph(BlockText.text(of: block), lastLineLength: block.lines.last?.count ?? 0)
    }

    /// A list's entry: on a line of its own under the line before, or after a blank line as a paragraph of its own;
    /// its number opens it, so it never continues the sentence before.
    private mutating func continueList(with block: RawBlock) {
        // NB: joined in place, as a wrapped number is, so the draft's text is not copied at every entry.
        guard let last = drafts.indices.last, !drafts[last].paragraphs.isEmpty else {
            continueUnit(with: block)
            return
        }
        let text = BlockText.text(of: block)
        let lastLineLength = block.lines.last?.count ?? 0
        if block.followsBlank {
            drafts[last].append(text, lastLineLength: lastLineLength)
        } else {
            drafts[last].appendLine(text, lastLineLength: lastLineLength)
        }
    }

    /// A block without a marker: part of the unit before, or a unit of its own.
    private mutating func continueUnit(with block: RawBlock) {
        let text = BlockText.removingLeadingOneBeforeYear(BlockText.text(of: block))
        guard !text.isEmpty else { return }
        let lastLineLength = block.lines.last?.count ?? 0
        if var draft = drafts.popLast() {
            if !block.followsBlank || cutsSentence(of: draft, before: text) {
                draft.joinToLastParagraph(text, lastLineLength: lastLineLength)
                drafts.append(draft)
                return
            }
            if bodyHasMarkers || draft.kind == .heading && draft.paragraphs.isEmpty {
                draft.append(text, lastLineLength: lastLineLength)
                drafts.append(draft)
                return
            }
            drafts.append(draft)
        }
        unnumberedCount += 1
        var draft = UnitDraft(id: "u\(unnumberedCount)", kind: .unnumbered, label: "", heading: nil, page: block.page)
        draft.append(text, lastLineLength: lastLineLength)
        start(draft)
        container = nil
    }

    /// Whether a blank line cut the draft's last sentence before `next`.
    private func cutsSentence(of draft: UnitDraft, before next: [UInt8]) -> Bool {
        // NB: a table's last row ends no sentence, and leaves none open.
        guard let last = draft.paragraphs.last, !SentenceEnd.isComplete(last[...]),
            !OutlineBuilder.endsInTableRow(last)
        else {
            return false
        }
        let startsLower = next.first.map { $0.isASCIILower } ?? false
        // NB: an item's first paragraph is its question; only a lower-case continuation belongs to it.
        if draft.kind == .item, draft.paragraphs.count == 1 { return startsLower }
        return startsLower || draft.lastLineLength >= OutlineBuilder.cutLineLength
    }

    /// Adds a draft; an id already used gets the next free suffix (`25~2`, `25~3`).
    private mutating func start(_ draft: UnitDraft) {
        var draft = draft
        var id = draft.id
        // NB: the next suffix is remembered per id, so a thousand repeats of one id do not try a thousand suffixes each.
        var suffix = nextSuffixes[draft.id] ?? 2
        while usedIDs.contains(id) {
            id = "\(draft.id)~\(suffix)"
            suffix += 1
        }
        if id != draft.id { nextSuffixes[draft.id] = suffix }
        draft.id = id
        draft.sourceStart = blockStart
        usedIDs.insert(id)
        drafts.append(draft)
    }
}
