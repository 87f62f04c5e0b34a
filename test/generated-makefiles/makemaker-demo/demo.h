int demo_level(void);
