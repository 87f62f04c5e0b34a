#ifndef DEMO_H
#define DEMO_H
const char *greet(void);
int count(void);
#endif
