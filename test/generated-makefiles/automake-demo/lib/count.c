#include "demo.h"
int demo_count(int n) { int s = 0; for (int i = 0; i < n; i++) s += i * DEMO_LEVEL; return s; }
