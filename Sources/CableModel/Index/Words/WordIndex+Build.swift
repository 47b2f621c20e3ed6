extension WordIndex {
    /// Indexes the headings and texts of `units`.
    static func build(units: [Unit]) -> WordIndex {
        var index = WordIndex()
        let length = units.reduce(0) { $0 + $1.text.utf8.count + ($1.heading?.utf8.count ?? 0) }
        // NB: a cable has about one distinct word per 16 bytes of text; sizing the tables so spares growing them
        // word by word. A text of megabytes repeats its words far more, so the first size stops at `tableCapacity`
        // (the tables grow past it when needed) and an 8 MB text does not zero 25 MB of slots it never fills.
        index.variants = ByteStringTable(capacity: min(length / 16, WordIndex.tableCapacity))
        index.terms = ByteStringTable(capacity: min(length / 20, WordIndex.tableCapacity))
        index.stems = ByteStringTable(capacity: min(length / 24, WordIndex.tableCapacity))
        // NB: about one word per 6 bytes of text (5.4 in a run of plain prose): reserving for one per 5 spares
        // growing the largest array of the index, which held it twice over while it was copied.
        index.tokens.reserveCapacity(length / 5)
        index.unitIDs = units.map(\.id)
        index.unitLengths = [Int32](repeating: 0, count: units.count)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        for (position, unit) in units.enumerated() {
            var slots: (heading: Int32, text: Int32) = (-1, -1)
            if let heading = unit.heading, !heading.isEmpty {
                slots.heading = index.addField(heading, unit: position, field: .heading, buffer: &buffer)
            }
            if !unit.text.isEmpty {
                slots.text = index.addField(unit.text, unit: position, field: .text, buffer: &buffer)
            }
            index.unitFields.append(slots)
        }
        index.finish()
        return index
    }

    /// Tokenises one field and interns its words; returns the field's position.
    private mutating func addField(_ text: String, unit: Int, field: Unit.Field, buffer: inout [UInt8]) -> Int32 {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        let fieldPosition = Int32(fields.count)
        let first = Int32(tokens.count)
        var next = 0
        while let (start, end) = WordScanner.nextWord(in: scalars, from: next) {
            next = end
            buffer.removeAll(keepingCapacity: true)
            for scalar in scalars[start..<end] {
                if scalar.value < 0x80 {
                    buffer.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    ScalarFolding.appendKeepingCase(scalar, to: &buffer)
                }
            }
            tokens.append(
                Token(start: Int32(start), end: Int32(end), field: fieldPosition, variant: internVariant(buffer)))
        }
        unitLengths[unit] += Int32(tokens.count) - first
        fields.append(
            IndexedField(unit: Int32(unit), field: field, scalars: scalars, tokens: first..<Int32(tokens.count)))
        return fieldPosition
    }

    /// The id of a word as written, interning it (and its term and stem) when new.
    private mutating func internVariant(_ bytes: [UInt8]) -> Int32 {
        let (variant, inserted) = variants.insert(bytes)
        guard inserted else { return variant }
        var lowered: [UInt8] = []
        if bytes.allSatisfy({ $0 < 0x80 && !$0.isASCIIUpper }) {
            lowered = bytes
        } else if bytes.allSatisfy({ $0 < 0x80 }) {
            lowered = bytes.map { $0.isASCIIUpper ? $0 + 0x20 : $0 }
        } else {
            for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                ScalarFolding.appendLowered(scalar, to: &lowered)
            }
        }
        let (term, newTerm) = terms.insert(lowered)
        if newTerm { termStems.append(stems.insert(Stemmer.stem(lowered)).id) }
        variantTerms.append(term)
        variantShapes.append(WordIndex.shape(of: bytes))
        return variant
    }

    private static func shape(of bytes: [UInt8]) -> WordShape {
        var shape: WordShape = []
        if bytes.allSatisfy({ $0 < 0x80 }) {
            var upper = 0
            var lower = 0
            for byte in bytes {
                if byte.isASCIIUpper { upper += 1 } else if byte.isASCIILower { lower += 1 }
            }
            if bytes.first?.isASCIIUpper == true { shape.insert(.capitalized) }
            if upper > 0, lower == 0 { shape.insert(.allCapitals) }
            if lower > 0 { shape.insert(.hasLowercase) }
            if upper == 0, lower == 0, bytes.allSatisfy(\.isASCIIDigit) { shape.insert(.digits) }
            return shape
        }
        let text = String(decoding: bytes, as: UTF8.self).unicodeScalars
        if let first = text.first, ScalarFolding.isUppercase(first) { shape.insert(.capitalized) }
        var letters = 0
        var upper = 0
        for scalar in text where scalar.properties.isAlphabetic {
            letters += 1
            if ScalarFolding.isUppercase(scalar) { upper += 1 }
        }
        if letters > 0, upper == letters { shape.insert(.allCapitals) }
        if upper < letters { shape.insert(.hasLowercase) }
        if bytes.allSatisfy(\.isASCIIDigit) { shape.insert(.digits) }
        return shape
    }

    /// Builds posting lists, sorted term lists and unit lengths once every field is in.
    private mutating func finish() {
        byStem = PostingLists(ids: tokens.map(stemID(of:)), idCount: stems.count)
        byTerm = PostingLists(ids: tokens.map(termID(of:)), idCount: terms.count)
        byVariant = PostingLists(ids: tokens.map(\.variant), idCount: variants.count)
        sortedTerms = terms.idsSortedByKey()
        termRanks = WordIndex.ranks(of: sortedTerms)
        let lengths = unitLengths.reduce(0) { $0 + Int($1) }
        meanUnitLength = unitLengths.isEmpty ? 1 : max(1, Double(lengths) / Double(unitLengths.count))
    }

    /// The most words the interning tables are first sized for (about a 256 KB cable's).
    private static let tableCapacity = 1 << 14

    private static func ranks(of sorted: [Int32]) -> [Int32] {
        var ranks = [Int32](repeating: 0, count: sorted.count)
        for (rank, id) in sorted.enumerated() { ranks[Int(id)] = Int32(rank) }
        return ranks
    }
}
