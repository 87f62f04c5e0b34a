#ifndef DEMO_H
#define DEMO_H
#ifdef __cplusplus
extern "C" {
#endif
const char *greet(void);
int count(void);
int table_size(void);
#ifdef __cplusplus
}
#endif
#endif
