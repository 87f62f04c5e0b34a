#include "demo.h"
extern const char *demo_version;
int extra(void);
int main(void) {
#ifdef DEMO_EXTRA
  extra();
#endif
  demo_greet(demo_version);
  return demo_count(4) == 18 ? 0 : 1;
}
