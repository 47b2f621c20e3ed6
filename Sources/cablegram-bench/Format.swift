import Foundation

/// A number with a fixed count of decimals, as the benchmark prints its figures.
func format(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
