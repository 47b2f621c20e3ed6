/// A list of the world's places: countries (with other names they go by), capitals, territories and major cities.
public struct Gazetteer: Sendable {
    /// One place.
    public struct Place: Sendable, Equatable {
        /// The name as listed (`New Delhi`).
        public let name: String
        /// What kind of place it is.
        public let kind: Kind
        /// The country it is in (for a country: the name it is listed under, so `Myanmar` gives `Burma`).
        public let country: String
        /// Whether the name is also an ordinary word or a common personal name (`Male`, `Chad`): it counts as a
        /// place only after a word such as `in`, `to` or `from`.
        public let isAmbiguous: Bool
    }

    /// Kinds of places.
    public enum Kind: String, Sendable {
        case country
        case capital
        case city
        case territory
    }

    /// Every place in file order.
    public let places: [Place]
    /// Places by the lower-cased, folded words of their names' first word.
    let byFirstWord: [String: [(place: Int, words: [String])]]
    /// The same, as UTF-8 bytes, longest names first within each group: what the index matcher walks.
    let namesByFirstWord: [(first: [UInt8], names: [(place: Int, words: [[UInt8]])])]
    /// The first words of `namesByFirstWord`, interned: a word's id is its position there.
    let firstWords: ByteStringTable
    /// Every beginning of four letters or more of the countries' names of one word, lower-cased, for `isDemonym`.
    let oneWordCountryBeginnings: Set<String>
    /// The same beginnings as UTF-8 bytes: what `isDemonym` looks an ASCII word's stem up in without making strings.
    let oneWordCountryBeginningBytes: ByteStringTable
    /// The initials of the countries of two or more main words (`UAE`), each with the country's name, or nil where
    /// two countries share them.
    let countryInitials: [String: String?]

    /// Parses the rows `name<TAB>kind<TAB>country[<TAB>ambiguous]`; rows of unknown kind are skipped.
    public init(parsing bytes: [UInt8]) {
        var places: [Place] = []
        for row in TabSeparatedRows.parse(bytes) where row.count >= 3 {
            guard let kind = Kind(rawValue: row[1].lowercased()), !row[0].isEmpty else { continue }
            let ambiguous = row.count > 3 && row[3].lowercased() == "ambiguous"
            places.append(
                Place(name: row[0], kind: kind, country: row[2].isEmpty ? row[0] : row[2], isAmbiguous: ambiguous))
        }
        var byFirstWord: [String: [(place: Int, words: [String])]] = [:]
        for (position, place) in places.enumerated() {
            let words = Gazetteer.foldedWords(place.name)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append((position, words))
        }
        self.places = places
        self.byFirstWord = byFirstWord
        namesByFirstWord = byFirstWord.map { first, names in
            let sorted = names.sorted { $0.words.count > $1.words.count }
            return (Array(first.utf8), sorted.map { ($0.place, $0.words.map { Array($0.utf8) }) })
        }
        var firstWords = ByteStringTable(capacity: namesByFirstWord.count)
        for entry in namesByFirstWord { _ = firstWords.insert(entry.first) }
        self.firstWords = firstWords
        let beginnings = Gazetteer.beginnings(
            ofOneWordNames: places.filter { $0.kind == .country }.map { $0.name.lowercased() })
        oneWordCountryBeginnings = beginnings
        var beginningBytes = ByteStringTable(capacity: beginnings.count)
        for beginning in beginnings { _ = beginningBytes.insert(Array(beginning.utf8)) }
        oneWordCountryBeginningBytes = beginningBytes
        countryInitials = Gazetteer.initials(ofCountries: places)
    }

    /// The country a place name (any case) lies in, when the list holds it: `LIMA` gives `Peru`.
    public func country(of name: String) -> String? {
        // NB: the name readers ask this of every capitalised word, and most are no place: an ASCII name whose first
        // word begins no place's name is answered from its bytes, before its words are split into strings.
        if let folded = Gazetteer.foldedASCII(name), firstWords.id(of: folded.prefix { $0 != ASCII.space }) == nil {
            return nil
        }
        let words = Gazetteer.foldedWords(name)
        guard let first = words.first else { return nil }
        return byFirstWord[first]?.first { $0.words == words }.map { places[$0.place].country }
    }

    /// The country of a post as a cable's header writes it, its words run together (`SANJOSE` gives `Costa Rica`).
    public func country(ofPost post: String) -> String? {
        if let country = country(of: post) { return country }
        let key = Gazetteer.foldedWords(post).joined()
        guard !key.isEmpty else { return nil }
        return places.first { Gazetteer.foldedWords($0.name).joined() == key }?.country
    }

    /// A name's folded words joined by single spaces: the key that groups spellings of one name.
    static func foldedKey(_ name: String) -> String {
        foldedASCII(name).map { String(decoding: $0, as: UTF8.self) } ?? foldedWords(name).joined(separator: " ")
    }

    /// An ASCII name lower-cased, each run of other bytes between its words made one space (`Costa  Rica,` gives
    /// `costa rica`); nil when the name is not ASCII.
    static func foldedASCII(_ name: String) -> [UInt8]? {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            guard byte.isASCIIAlphanumeric else {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(ASCII.space) }
            pendingSpace = false
            bytes.append(byte.isASCIIUpper ? byte + 0x20 : byte)
        }
        return bytes
    }

    /// The words of a name, lower-cased and folded as the word index folds them.
    static func foldedWords(_ name: String) -> [String] {
        if let folded = foldedASCII(name) {
            return folded.split(separator: ASCII.space).map { String(decoding: $0, as: UTF8.self) }
        }
        return WordScanner.words(of: name).map { word in
            var bytes: [UInt8] = []
            for scalar in word.unicodeScalars { ScalarFolding.appendLowered(scalar, to: &bytes) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
