#include "demo.h"

static const int sizes[] = {1, 2, 3};

extern "C" int table_size(void) { return static_cast<int>(sizeof sizes / sizeof sizes[0]); }
