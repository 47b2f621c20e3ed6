import CableModel

/// libFuzzer's entry point: one input, the whole load path.
///
/// Any input must either be refused with a `LoadError` or load into cables whose every part can be walked and
/// exported; a trap, an address-sanitizer report or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    LoadPath.exercise(bytes)
    return 0
}
