int demo_greet(const char *who);
int demo_count(int n);
