import Foundation

#if canImport(Glibc)
    import CMalloc
#endif

/// Sets glibc's heap for `index` before it starts its threads: one arena per core, and every block of a megabyte
/// or more mapped on its own, so that the memory of a large cable goes back to the system when it is freed.
///
/// NB: `index` must stay under 300 MB whatever its input, and deriving a cable near the stream's 8 MB limit takes
/// about half of that. glibc gives each new thread an arena of its own (up to eight per core) and keeps there what
/// the thread freed; and once a mapped block is freed it raises its mapping threshold to that block's size (up to
/// 32 MB), so the next large arrays came from the arenas and stayed resident after they were freed. The 2 GB file
/// of `Fuzz/bounds.sh` peaked at 257–342 MB from one run to the next, 227–261 MB with an arena per core, and
/// 172–181 MB with the threshold fixed at 1 MB as well, at the same speed (a 256 KB threshold cost a third more
/// time in mapping and unmapping).
enum IndexHeap {
    /// The size from which a block is mapped on its own.
    static let mappingThreshold: Int32 = 1 << 20

    static func configure() {
        #if canImport(Glibc)
            _ = mallopt(M_ARENA_MAX, Int32(ProcessInfo.processInfo.activeProcessorCount))
            _ = mallopt(M_MMAP_THRESHOLD, mappingThreshold)
        #endif
    }
}
