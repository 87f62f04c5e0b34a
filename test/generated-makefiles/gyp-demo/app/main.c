#include <stdio.h>
#include "demo.h"
#include "table.h"

extern const char *version;
extern const char *words_words[];

int main(void) {
  printf("%s %d %s %d %s\n", greet(), count(), version, TABLE_ROWS, words_words[0]);
  return 0;
}
