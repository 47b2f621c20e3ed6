// glibc's malloc controls (mallopt, M_ARENA_MAX, M_MMAP_THRESHOLD), which the Glibc module does not carry: `index`
// sets its heap with them (IndexHeap.swift). <malloc.h> is glibc's; elsewhere the shim is empty.
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif
