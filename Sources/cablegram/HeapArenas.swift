import Foundation

#if canImport(Glibc)
    import CMalloc
#endif

/// Bounds the heap arenas of the process to one per core before `index` starts its threads.
///
/// NB: glibc gives a new thread an arena of its own (up to eight per core) and keeps in that arena what the thread
/// freed. Deriving a cable near the stream's 8 MB limit takes a large share of `index`'s 300 MB bound; freed in
/// several arenas, such peaks added up: the 2 GB file of `Fuzz/bounds.sh` peaked at 257–338 MB from one run to the
/// next (2026-12-03), and at 251–253 MB with an arena per core, at the same speed.
enum HeapArenas {
    static func limitToCores() {
        #if canImport(Glibc)
            _ = mallopt(M_ARENA_MAX, Int32(ProcessInfo.processInfo.activeProcessorCount))
        #endif
    }
}
