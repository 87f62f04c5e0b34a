int extra(void) { return 1; }
