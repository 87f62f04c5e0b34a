#include <stdio.h>
#include "demo.h"
int demo_greet(const char *who) { return printf("%s, %s\n", DEMO_GREETING, who); }
