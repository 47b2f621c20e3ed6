import CableData
import CableModel
import Testing

/// Issue 16's forms of figures: denied and alleged figures, parts of a whole named after them, amounts with a
/// scale letter, counted nouns of shares, and numbers that name rather than count. Sentences in our own words.
@Suite struct FigureClaimsAndWholesTests {
    @Test(arguments: [
        ("The ministry denies that guards beat 14 inmates.", Figure.Attribution.denied),
        ("Officials denied reports that 30 guards deserted.", .denied),
        ("Activists claim that police held 25 students.", .alleged),
        ("Unions allege the firm fired 300 workers.", .alleged),
        ("Police reportedly detained 40 students.", .alleged),
        ("Some 60 villagers were allegedly forced to move.", .alleged),
    ])
    func deniedOrAllegedFiguresAreMarked(_ example: (String, Figure.Attribution)) throws {
        let figures = try FigureRulesTests.figures(example.0)
        #expect(figures.map(\.attribution) == [example.1])
    }

    @Test(arguments: [
        "Police arrested 20 alleged traffickers.", "The consulate denied 91 visas.", "Courts convicted 8 people.",
    ])
    func statedFiguresAreNotMarked(_ text: String) throws {
        #expect(try FigureRulesTests.figures(text).map(\.attribution) == [nil])
    }

    @Test func tablesHoldStatedFiguresOnly() throws {
        let cable = try CableLoader.loadFirst(
            Array("Police reportedly arrested 40 smugglers in 2009. Police arrested 12 smugglers in 2008.".utf8),
            knowledge: .bundled)
        let statistics = CableStatistics(cable: cable)
        #expect(statistics.figures.count == 2)
        let arrested = statistics.enforcement.rows.flatMap { $0.figures[.arrested] ?? [] }
        #expect(arrested == [1])
    }

    @Test func aPartNamedBeforeItsWholeTakesTheVerb() throws {
        let figures = try FigureRulesTests.figures("Thirty of the forty migrants were sent home.")
        #expect(figures.map(\.quote) == ["Thirty", "forty"])
        #expect(figures.map { $0.countedNoun ?? "-" } == ["migrants", "migrants"])
        #expect(figures.map { $0.action ?? "-" } == ["sent", "-"])
        #expect(figures[0].partOf == figures[1].id)
    }

    @Test func theWholeAfterItsPartTakesNoActionFromThePartsClause() throws {
        let figures = try FigureRulesTests.figures("Twelve of the thirty women were repatriated in 2008.")
        #expect(figures.map(\.quote) == ["Twelve", "thirty"])
        #expect(figures.map(\.reportedAction) == [.repatriated, nil])
        #expect(figures.map(\.year) == [2008, 2008])
    }

    @Test(arguments: [
        ("The bank lent 450M euros to the port.", 450_000_000.0),
        ("The budget is 2bn dollars.", 2_000_000_000),
        ("It gave $5 million to schools.", 5_000_000),
        ("Aid reached USD 1.2 billion.", 1_200_000_000),
    ])
    func aScaleLetterOrWordMakesTheFullAmount(_ example: (String, Double)) throws {
        #expect(try FigureRulesTests.figures(example.0).map(\.value) == [example.1])
    }

    @Test func aShareCountsTheNounAfterAPossessiveAndKeepsAComparative() throws {
        let wheat = try FigureRulesTests.figures("Traders hoard 30% of the region's maize.")
        #expect(wheat.first?.countedNoun == "region's maize")
        let land = try FigureRulesTests.figures("Herders now graze 15% less pasture.")
        #expect(land.first?.countedNoun == "less pasture")
    }

    @Test func aLawsNameGivesNoCategory() throws {
        let figures = try FigureRulesTests.figures("Judges convicted 9 people under the Law on Sale of Minor Girls.")
        #expect(figures.first?.categories == [])
    }

    @Test func aPageReferenceElsewhereDoesNotDropACount() throws {
        let figures = try FigureRulesTests.figures(
            "The annex (pages 10-12) lists them.\n\nThe country has shelters, 12 in the capital.")
        #expect(figures.map(\.quote) == ["12"])
    }

    @Test(arguments: ["See S/RES/1540 Rev. 1 on this.", "The clip aired on channel 4 twice.", "See Annex (2) of it."])
    func identifiersAreNotFigures(_ text: String) throws {
        #expect(try FigureRulesTests.figures(text).isEmpty)
    }
}
