int kflt_level(void);
char *kflt_copy(const char *s);
