char *kflt_dup(const char *s);
