#include "demo.h"

const char *greet(void) { return DEMO_NAME; }
