#include "demo.h"

int demo_level(void) { return DEMO_LEVEL; }
