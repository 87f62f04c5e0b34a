int kflt_high(void) { return 1; }
