extension BrowserState {
    /// ], [: the next or previous statute reference in the cable.
    mutating func stepStatuteReference(by delta: Int) -> Reaction {
        var current: Int?
        if case .statute(let position) = cursor?.kind { current = position }
        return stepReference(
            through: document.findings.statuteMentions.map(\.span), by: delta, from: current, as: { .statute($0) },
            names: ("statutes", "statute references"), none: "no statute references in this cable")
    }

    /// ), (: the next or previous mention of the statute under the cursor.
    mutating func stepSameStatute(by delta: Int) -> Reaction {
        let findings = document.findings
        guard case .statute(let position) = cursor?.kind else {
            message = StatusMessage(
                "no statute under the cursor: \(keyMap.label(of: .nextStatuteReference)) finds one", kind: .warning)
            return .redraw
        }
        let mention = findings.statuteMentions[position]
        let statute = findings.statutes[mention.statute]
        guard statute.mentions.count > 1 else {
            message = StatusMessage("\(statute.label) is mentioned only here")
            return .redraw
        }
        var ordinal = mention.ordinal + delta
        let wrapped = ordinal < 0 || ordinal >= statute.mentions.count
        ordinal = (ordinal + statute.mentions.count) % statute.mentions.count
        let target = statute.mentions[ordinal]
        recordJump()
        reveal(findings.statuteMentions[target].span, as: .statute(target))
        if wrapped { message = Self.wrapNotice("mentions of \(statute.label)", forward: delta > 0) }
        return .redraw
    }

    /// }, {: the next or previous paragraph cross-reference.
    mutating func stepCrossReference(by delta: Int) -> Reaction {
        var current: Int?
        if case .crossReference(let position) = cursor?.kind { current = position }
        return stepReference(
            through: document.findings.crossReferences.map(\.span), by: delta, from: current,
            as: { .crossReference($0) }, names: ("cross-references", "cross-references"),
            none: "no paragraph cross-references in this cable")
    }

    /// Puts the cursor on the reference `delta` places from `current` (or from the screen) among `spans`, of the
    /// kind `kind` gives; `names` are what the step and its wrap notice call them, `none` what is said without any.
    private mutating func stepReference(
        through spans: [FieldSpan], by delta: Int, from current: Int?, as kind: (Int) -> ReaderCursor.Kind,
        names: (step: String, wrap: String), none: String
    ) -> Reaction {
        guard let step = step(through: spans, by: delta, from: current, what: names.step) else {
            message = StatusMessage(none, kind: .warning)
            return .redraw
        }
        recordJump()
        reveal(spans[step.position], as: kind(step.position))
        if step.wrapped { message = Self.wrapNotice(names.wrap, forward: delta > 0) }
        return .redraw
    }

    /// Enter in the reader: a statute reference opens its index entry; a cross-reference goes to its paragraph.
    mutating func followCursor() -> Reaction {
        if cursor.map({ !isShownInReader($0.span) }) ?? true, let inView = referenceInView() { cursor = inView }
        guard let cursor else {
            message = StatusMessage("nothing to follow: \(referenceKeys) puts the cursor on a reference")
            return .redraw
        }
        switch cursor.kind {
        case .statute(let position):
            return openStatuteEntry(mention: position)
        case .crossReference(let position):
            let reference = document.findings.crossReferences[position]
            if let cable = reference.cableReference { return followReferencedCable(cable) }
            if reference.target == nil, linking != nil, let id = reference.linkedCable { return openLinkedCable(id) }
            guard let target = reference.target else {
                message = StatusMessage("\"\(reference.text)\" points at no unit of this cable", kind: .warning)
                return .redraw
            }
            recordJump()
            self.cursor = nil
            read(unit: target)
            message = StatusMessage("followed \"\(reference.text)\" to \(document.cable.units[target].id)")
            return .redraw
        case .mention:
            if let reference = citedReference(at: cursor.span) { return followReferencedCable(reference) }
            message = StatusMessage("nothing to follow here: \(referenceKeys) puts the cursor on a reference")
            return .redraw
        case .searchHit, .figure, .sentence:
            message = StatusMessage("nothing to follow here: \(referenceKeys) puts the cursor on a reference")
            return .redraw
        }
    }

    /// Enter on a REF line: the index entry of the cable it names, with the places the text cites it.
    mutating func openCableEntry(_ reference: Int) -> Reaction {
        guard
            let row = document.indexRows.indices.first(where: {
                document.indexEntry(atRow: $0)?.kind == .cable(reference)
            })
        else { return .none }
        recordJump()
        focus = .index
        index.entries.filter = ""
        index.entries.selection = row
        index.openEntry = row
        index.mentions = TableState()
        keepTablesVisible()
        return .redraw
    }

    /// The first statute reference or cross-reference on the reader's screen, as a cursor.
    func referenceInView() -> ReaderCursor? {
        let top = readerPlace(atLine: readerTopLine)
        let bottom = readerPlace(atLine: readerTopLine + contentRect(of: .reader).height)
        let findings = document.findings
        let statute = findings.statuteMentions.firstIndex { $0.span >= top }
        let reference = findings.crossReferences.firstIndex { $0.span >= top }
        var candidates: [ReaderCursor] = []
        if let statute {
            candidates.append(ReaderCursor(.statute(statute), span: findings.statuteMentions[statute].span))
        }
        if let reference {
            candidates.append(ReaderCursor(.crossReference(reference), span: findings.crossReferences[reference].span))
        }
        if let citation = citationInView(from: top, to: bottom) { candidates.append(citation) }
        return candidates.filter { $0.span < bottom }.min { $0.span < $1.span }
    }

    /// The keys that put the cursor on a reference, for messages: `] or }`.
    var referenceKeys: String {
        keyMap.label(of: .nextStatuteReference) + " or " + keyMap.label(of: .nextCrossReference)
    }

    /// Shows the index entry of the statute of a mention, with its mentions listed and this one selected.
    mutating func openStatuteEntry(mention position: Int) -> Reaction {
        let findings = document.findings
        let mention = findings.statuteMentions[position]
        guard let row = findings.statutes[mention.statute].indexRow else { return .none }
        recordJump()
        focus = .index
        index.entries.filter = ""
        index.entries.selection = row
        index.openEntry = row
        index.mentions = TableState()
        index.mentions.selection = mention.ordinal
        keepTablesVisible()
        return .redraw
    }
}
