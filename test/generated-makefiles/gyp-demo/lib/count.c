#include "demo.h"

int count(void) { return DEMO_LEVEL; }
