#include <stdio.h>
#include "demo.h"

extern const char *version;

int main(void) {
  printf("%s %d %s\n", greet(), count(), version);
  return 0;
}
