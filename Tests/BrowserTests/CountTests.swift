import Browser
import Testing

@Suite("Numbers as summaries write them")
struct CountTests {
    @Test(
        "one decimal place, two significant digits below 0.1",
        arguments: [
            (50.3, "50.3"), (1204.66, "1204.7"), (0.5, "0.5"), (0.042, "0.042"), (0.0418, "0.042"),
            (0.05, "0.050"), (0, "0.0"), (-2.25, "-2.3"), (-0.004, "-0.0040"), (0.0000001, "0.0"),
        ])
    func decimal(value: Double, written: String) {
        #expect(Count.decimal(value) == written)
    }

    @Test("a count grouped by thousands with its noun in its number")
    func counted() {
        #expect(Count.of(1, "cable") == "1 cable")
        #expect(Count.of(6594, "cable") == "6,594 cables")
        #expect(Count.of(2, "body", plural: "bodies") == "2 bodies")
    }
}
