// What the C library offers that Swift's platform modules do not expose.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Caps the allocator's arenas at `count` (glibc only; elsewhere nothing). glibc gives threads
/// up to eight arenas a core, each holding on to what it freed; a long run on a thread pool then
/// spreads over more and more of them, and memory grows with the number of files.
static inline void qingdan_limit_malloc_arenas(int count) {
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, count);
#else
    (void)count;
#endif
}
