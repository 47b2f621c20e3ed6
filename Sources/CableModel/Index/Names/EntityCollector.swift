/// Gathers a cable's organisations, places and people from every source, merges names that share a spelling or
/// an alias, and finds every mention through the word index.
///
/// Sources: acronyms the text defines (when the long form names an organisation or a place), `NGO "Name"`,
/// organisation names around head nouns (`Ministry of ...`), place patterns (`X Oblast`, `the town of X`),
/// the gazetteer, names after titles (`President X`), the officers a report names (`POC is X`), the
/// organisations of a key–value table (`Organization: X`) and names after their head (`Embassy Dushanbe`).
struct EntityCollector {
    /// The words for a non-governmental organisation, whose mentions name one (`the NGO`, `NGOs`).
    static let ngoWords: Set<String> = ["ngo", "ngos"]

    let index: WordIndex
    let gazetteer: Gazetteer
    let definitions: [AcronymFinder.Definition]
    /// The bundled glossary's abbreviations that the text uses (`IOM`, `USG`, `U.S.`, `GOT`), with their meanings.
    let abbreviations: [Glossary.Entry]
    /// The bundled glossary, which tells what an acronym standing for a body stands for (`ISI`, `PM`, `TIP`).
    let glossary: Glossary

    private struct Draft {
        var name: String
        var kind: Entity.Kind
        var aliases: [String]
        var country: String?
    }

    /// The entities in order of first mention.
    func entities() -> [Entity] {
        var registry = Registry()
        for definition in definitions {
            let words = Gazetteer.foldedWords(definition.longForm)
            if let country = gazetteer.country(of: definition.longForm) {
                registry.add(
                    Draft(name: definition.longForm, kind: .place, aliases: [definition.acronym], country: country))
            } else if words.contains(where: OrganizationNameReader.headNouns.contains) {
                registry.add(Draft(name: definition.longForm, kind: .organization, aliases: [definition.acronym]))
            }
        }
        // NB: an acronym used without its expansion (`IOM`) names the body or place its glossary meaning names; the
        // meaning is the entity's name and the acronym its alias, as for an acronym the text defines.
        for entry in abbreviations {
            if let country = gazetteer.country(of: entry.meaning) {
                registry.add(Draft(name: entry.meaning, kind: .place, aliases: [entry.term], country: country))
            } else if EntityCollector.namesABody(entry.meaning) {
                registry.add(Draft(name: entry.meaning, kind: .organization, aliases: [entry.term]))
            }
        }
        for draft in acronymBodies() { registry.add(draft) }
        let headFirst = HeadFirstNameReader(index: index, gazetteer: gazetteer, isOrdinaryWord: isOrdinaryWord).names()
        for name in EntityCollector.unique(
            organizationNames() + TableOrganizationReader(index: index).names() + headFirst)
        {
            registry.add(Draft(name: name, kind: .organization, aliases: []))
        }
        var placesSeen: Set<String> = []
        for (name, alias) in placeNames() where placesSeen.insert(name).inserted {
            registry.add(Draft(name: name, kind: .place, aliases: alias.map { [$0] } ?? []))
        }
        // NB: people before the gazetteer, so that a surname that is also a city (`Javier Zaragoza`) stays a person.
        for name in EntityCollector.unique(personNames()) {
            let words = name.split(separator: " ")
            registry.add(
                Draft(name: name, kind: .person, aliases: words.count > 1 ? [String(words[words.count - 1])] : []))
        }
        for name in EntityCollector.unique(ContactPersonReader(index: index).names()) {
            let words = name.split(separator: " ")
            registry.add(Draft(name: name, kind: .person, aliases: [String(words[words.count - 1])]))
        }
        let untitled = UntitledPersonReader(
            index: index, isOrdinaryWord: isOrdinaryWord,
            isPlace: { gazetteer.country(of: $0) != nil || gazetteer.isDemonym($0) })
        // NB: a run of capitals already read as a body's name (`Codel Snowe`) is not also a person.
        for person in untitled.people() {
            registry.add(
                Draft(name: person.name, kind: .person, aliases: person.surname.map { [$0] } ?? []),
                unlessItNames: .organization)
        }
        var gazetteerSeen: Set<String> = []
        for match in GazetteerMatcher(index: index, gazetteer: gazetteer).matches().sorted(by: { $0.first < $1.first })
        where gazetteerSeen.insert(match.place.name).inserted {
            let place = match.place
            let name = place.kind == .country ? place.country : place.name
            registry.add(
                Draft(
                    name: name, kind: .place, aliases: name == place.name ? [] : [place.name], country: place.country),
                unlessItNames: .person)
        }
        for (country, dotted) in dottedCountries() {
            registry.add(Draft(name: country, kind: .place, aliases: [dotted], country: country))
        }
        let found = registry.drafts.map { (draft: $0, mentions: mentions(of: $0)) }
        let kept = EntityCollector.outsideLongerNames(found)
        return found.indices.compactMap { entity(found[$0].draft, mentions: kept[$0]) }.sorted { $0.first < $1.first }
            .map(\.entity)
    }

    /// The most words a name spans, which bounds how far before a mention a longer one holding it may start.
    static let widestName: Int32 = 24

    /// Each draft's mentions that no longer mention of another entity of its kind holds: a name inside a longer
    /// name counts once, for the longer (`Committee on National Security` inside `State Committee on National
    /// Security`), unless the text also writes it on its own.
    private static func outsideLongerNames(
        _ found: [(draft: Draft, mentions: [(first: Int32, last: Int32)])]
    ) -> [[(first: Int32, last: Int32)]] {
        var all: [(first: Int32, last: Int32, owner: Int)] = []
        for (owner, item) in found.enumerated() { all += item.mentions.map { ($0.first, $0.last, owner) } }
        all.sort { $0.first < $1.first }
        var kept = found.map { _ in [(first: Int32, last: Int32)]() }
        for (position, mention) in all.enumerated() {
            let holds = { (other: (first: Int32, last: Int32, owner: Int)) in
                other.owner != mention.owner && found[other.owner].draft.kind == found[mention.owner].draft.kind
                    && other.first <= mention.first && other.last >= mention.last
                    && other.last - other.first > mention.last - mention.first
            }
            var candidate = position - 1
            var isHeld = false
            while candidate >= 0, all[candidate].first >= mention.first - widestName, !isHeld {
                isHeld = holds(all[candidate])
                candidate -= 1
            }
            candidate = position + 1
            while candidate < all.count, all[candidate].first == mention.first, !isHeld {
                isHeld = holds(all[candidate])
                candidate += 1
            }
            if !isHeld { kept[mention.owner].append((mention.first, mention.last)) }
        }
        return kept
    }

    /// The bodies of acronyms the text uses as one (`KDF forces`, `officials of the XYZ`, `representatives of
    /// Human Rights Watch (HRW)`): named by the glossary's or the cable's expansion when that is a proper name,
    /// by the acronym when neither explains it, and none when either explains it as something else (`PM`, `TIP`).
    private func acronymBodies() -> [Draft] {
        let reader = AcronymBodyReader(index: index)
        var acronyms = reader.acronyms()
        var found = Set(acronyms)
        // NB: a definition repeated through the text is read once: each reading looks at every use of the long
        // form, so reading every repetition grew with the square of the text (fuzz bounds).
        var read: Set<[String]> = []
        for definition in definitions
        where !found.contains(definition.acronym) && read.insert([definition.acronym, definition.longForm]).inserted {
            let uses = index.occurrences(of: definition.longForm, spelling: .capitalized)
            if uses.contains(where: { reader.standsForABody($0.first, $0.last) }) {
                acronyms.append(definition.acronym)
                found.insert(definition.acronym)
            }
        }
        let initials = gazetteer.countryInitials
        return EntityCollector.unique(acronyms).compactMap { acronym in
            let expansion: String
            if !glossary.entries(for: acronym).isEmpty {
                let entry = glossary.entries(for: acronym).first { $0.kind == .abbreviation }
                // NB: a meaning that ends with a title names a post (`Prime Minister`), not a body.
                guard let meaning = entry?.meaning, EntityCollector.isProperName(meaning),
                    !EnglishWords.titles.contains(meaning.split(separator: " ").last?.lowercased() ?? "")
                else { return nil }
                expansion = meaning
            } else if let definition = definitions.first(where: { $0.acronym == acronym }) {
                let words = Gazetteer.foldedWords(definition.longForm)
                guard EntityCollector.isProperName(definition.longForm),
                    !words.contains(where: EnglishWords.undertakingNouns.contains),
                    !words.contains(where: EnglishWords.lawKinds.contains)
                else { return nil }
                expansion = definition.longForm
            } else {
                expansion = acronym
            }
            // NB: a country's initials (`UAE officials`) name the country, and a word the cable also writes in
            // lower case (`THE leader` on a wrapped capital line) is a word.
            guard gazetteer.country(of: expansion) == nil, gazetteer.country(of: acronym) == nil,
                initials[acronym] == nil, !isOrdinaryWord(acronym.lowercased())
            else { return nil }
            return Draft(name: expansion, kind: .organization, aliases: expansion == acronym ? [] : [acronym])
        }
    }

    /// Countries written in dotted initials (`U.A.E.`, `U.K.`) with the name each stands for; initials two
    /// countries share (`S.A.`) are left out.
    private func dottedCountries() -> [(String, String)] {
        gazetteer.countryInitials.compactMap { initials, name in
            let dotted = initials.map { "\($0)." }.joined()
            guard let name = name ?? nil, index.writes(dotted) else { return nil }
            return (name, dotted)
        }.sorted { $0.1 < $1.1 }
    }

    /// Whether a glossary meaning is the proper name of a body: a proper name that holds an organisation's head
    /// noun (`Deputy Chief of Mission` is a post).
    static func namesABody(_ meaning: String) -> Bool {
        isProperName(meaning)
            && Gazetteer.foldedWords(meaning).contains(where: OrganizationNameReader.headNouns.contains)
    }

    /// Whether a meaning is a proper name: capitalised words (small connectors aside, `the` too: `Office of the
    /// United Nations High Commissioner for Refugees`) that open with no title (`Deputy Chief of Mission`).
    static func isProperName(_ meaning: String) -> Bool {
        let words = meaning.split(separator: " ").map(String.init)
        guard let first = words.first, !EnglishWords.titles.contains(first.lowercased()) else { return false }
        return words.allSatisfy { word in
            InstrumentReader.connectors.contains(word) || word.first.map(\.isUppercase) ?? false
        }
    }

    /// Words for a seat in a body, which with `of` name a post, not the body (`Member of Parliament`).
    static let seatWords: Set<String> = ["member", "members"]

    /// Whether a name is a post in a body (`Member of Parliament`, `Minister of Justice`): a title, a role or a seat
    /// right before its first `of`.
    static func namesAPost(_ name: String) -> Bool {
        let words = name.split(separator: " ").map { $0.lowercased() }
        guard let of = words.firstIndex(of: "of"), of > 0 else { return false }
        let seat = words[of - 1]
        return seatWords.contains(seat) || EnglishWords.titles.contains(seat)
            || PersonNameReader.roleNouns.contains(seat)
    }

    /// Whether a capitalised noun for an office's holder follows a name, making it a title (`Foreign Service
    /// Officer`), not the body.
    static func opensATitle(before end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard end < scalars.count, scalars[end] == " " else { return false }
        let next = scalars.skippingSpaces(from: end)
        guard next < scalars.count, ScalarFolding.isUppercase(scalars[next]) else { return false }
        return EnglishWords.officeHolderNouns.contains(scalars.lowercasedString(next..<scalars.wordEnd(from: next)))
    }

    /// Whether a name is a place joined by `and` to a lone head noun (`Iraq and Coalition`): two things, no name.
    private func joinsAPlace(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count >= 3, words[words.count - 2] == "and" else { return false }
        let before = words.dropLast(2)
        return (1...min(3, before.count)).contains { length in
            gazetteer.country(of: before.suffix(length).joined(separator: " ")) != nil
        }
    }

    /// The names without repeats, in order.
    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// The mentions of a draft's name and aliases, in document order, none inside another.
    private func mentions(of draft: Draft) -> [(first: Int32, last: Int32)] {
        var found: [(first: Int32, last: Int32)] = []
        for name in [draft.name] + draft.aliases {
            let acronym = AcronymFinder.isAcronym(ArraySlice(name.utf8))
            // NB: a surname that opens with a particle (`el-Harbi`) is written in lower case inside sentences.
            let opensLowercase = name.unicodeScalars.first.map(ScalarFolding.isLowercase) ?? false
            found += index.occurrences(
                of: name, spelling: acronym ? .exactCase : opensLowercase ? .anyCase : .capitalized)
        }
        found.sort { $0.first < $1.first || ($0.first == $1.first && $0.last > $1.last) }
        var kept: [(first: Int32, last: Int32)] = []
        for mention in found where kept.last.map({ mention.first > $0.last }) ?? true { kept.append(mention) }
        return kept
    }

    private func entity(_ draft: Draft, mentions: [(first: Int32, last: Int32)]) -> (entity: Entity, first: Int32)? {
        guard let first = mentions.first else { return nil }
        let entity = Entity(
            name: draft.name, kind: draft.kind, aliases: draft.aliases, country: draft.country,
            mentions: mentions.map { index.span($0.first, $0.last) })
        return (entity, first.first)
    }

    /// Names read around organisation head nouns, and quoted names after `NGO`.
    private func organizationNames() -> [String] {
        var names: [String] = []
        for (field, tokens) in StatuteScanner.tokensByField(of: Array(OrganizationNameReader.headNouns), in: index) {
            let scalars = index.fields[Int(field)].scalars
            let reader = OrganizationNameReader(scalars: scalars, isOrdinaryWord: isOrdinaryWord)
            var readUpTo = 0
            for token in tokens {
                let word = index.tokens[Int(token)]
                guard Int(word.start) >= readUpTo, let range = reader.read(around: Int(word.start)..<Int(word.end))
                else {
                    continue
                }
                readUpTo = range.upperBound
                let name = scalars.string(range)
                guard !TableOrganizationReader.isKey(range, in: scalars), !EntityCollector.namesAPost(name),
                    !joinsAPlace(name), !EntityCollector.opensATitle(before: range.upperBound, in: scalars)
                else { continue }
                if gazetteer.country(of: name) == nil { names.append(name) }
            }
        }
        for (field, tokens) in StatuteScanner.tokensByField(of: Array(EntityCollector.ngoWords), in: index) {
            let scalars = index.fields[Int(field)].scalars
            for token in tokens where index.shape(of: token).contains(.capitalized) {
                let after = scalars.skippingSpaces(from: Int(index.tokens[Int(token)].end))
                guard after > Int(index.tokens[Int(token)].end), let quote = scalars.quotation(at: after, limit: 80),
                    let name = StatuteItemReader.name(scalars, quote.inside)
                else { continue }
                names.append(name)
            }
        }
        return names
    }

    /// Places read from patterns, with a shorter alias where the pattern gives one.
    private func placeNames() -> [(String, String?)] {
        var names: [(String, String?)] = []
        let triggers = PlaceNameReader.areaWords.union(PlaceNameReader.settlementWords).union(
            PlaceNameReader.facilityWords)
        for (field, tokens) in StatuteScanner.tokensByField(of: Array(triggers), in: index) {
            let scalars = index.fields[Int(field)].scalars
            let reader = PlaceNameReader(scalars: scalars, isOrdinaryWord: isOrdinaryWord)
            for token in tokens {
                let word = index.tokens[Int(token)]
                guard let found = reader.read(at: Int(word.start)..<Int(word.end)) else { continue }
                names.append((scalars.string(found.name), found.alias.map { scalars.string($0) }))
            }
        }
        return names
    }

    /// Names read after titles.
    private func personNames() -> [String] {
        var names: [String] = []
        for (field, tokens) in StatuteScanner.tokensByField(of: Array(EnglishWords.titles), in: index) {
            let scalars = index.fields[Int(field)].scalars
            let reader = PersonNameReader(scalars: scalars)
            for token in tokens {
                let word = index.tokens[Int(token)]
                if let range = reader.read(after: Int(word.start)..<Int(word.end)) {
                    names.append(scalars.string(range))
                }
            }
        }
        return names
    }

    /// Whether the cable writes this (lower-case) word in lower case somewhere.
    private func isOrdinaryWord(_ word: String) -> Bool {
        guard let variant = index.variants.id(of: Array(word.utf8)) else { return false }
        return index.byVariant.count(of: variant) > 0
    }

    /// Drafts keyed by the folded spelling of their names and aliases.
    private struct Registry {
        var drafts: [Draft] = []
        var keys: [String: Int] = [:]

        /// Adds a draft, merging it into a draft that shares a name or alias. A draft whose name already names
        /// an entity of kind `unlessItNames` is dropped; one that names an entity of another kind stands apart.
        mutating func add(_ draft: Draft, unlessItNames excluded: Entity.Kind? = nil) {
            let names = [draft.name] + draft.aliases
            let nameKeys = names.map(Registry.key)
            var found: Int?
            for key in nameKeys where found == nil { found = keys[key] }
            if let position = found, drafts[position].kind != draft.kind {
                if drafts[position].kind == excluded { return }
                found = nil
            }
            guard let position = found else {
                drafts.append(draft)
                for key in nameKeys where keys[key] == nil { keys[key] = drafts.count - 1 }
                return
            }
            let existing = Set(([drafts[position].name] + drafts[position].aliases).map(Registry.key))
            for (name, key) in zip(names, nameKeys) where !existing.contains(key) {
                drafts[position].aliases.append(name)
                keys[key] = position
            }
            if drafts[position].country == nil { drafts[position].country = draft.country }
        }

        static func key(_ name: String) -> String { Gazetteer.foldedKey(name) }
    }
}
