import Testing

@testable import cablegram

/// `$CABLEGRAM_PIVOT_ASKS_ABOVE` sets the longest list the pivot reads without asking; a value that is no count
/// says so and leaves the standard one.
@Suite struct PivotAskSettingTests {
    @Test func aCountSetsTheLongestListReadWithoutAsking() {
        #expect(PivotAskSetting.longest(in: [:]) == (nil, nil))
        #expect(PivotAskSetting.longest(in: [PivotAskSetting.name: "20"]) == (20, nil))
        #expect(PivotAskSetting.longest(in: [PivotAskSetting.name: "0"]) == (0, nil))
    }

    @Test(arguments: ["many", "-3", "", "1\u{1B}[2J"])
    func aValueThatIsNoCountSaysSo(value: String) {
        let (count, problem) = PivotAskSetting.longest(in: [PivotAskSetting.name: value])
        #expect(count == nil)
        #expect(problem?.hasPrefix("CABLEGRAM_PIVOT_ASKS_ABOVE=") == true)
        #expect(problem?.hasSuffix("is not a count of cables: the pivot asks above 1,000") == true)
        #expect(problem?.unicodeScalars.contains("\u{1B}") == false, "escapes are made visible")
    }
}
