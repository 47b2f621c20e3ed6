// zlib for the library's stored cable text (compress2 / uncompress); zlib1g-dev provides the header.
#include <zlib.h>
