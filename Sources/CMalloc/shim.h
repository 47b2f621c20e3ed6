// glibc's malloc controls (mallopt, M_ARENA_MAX), which the Glibc module does not carry: `index` bounds its heap
// arenas with them (HeapArenas.swift). <malloc.h> is glibc's; elsewhere the shim is empty.
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif
