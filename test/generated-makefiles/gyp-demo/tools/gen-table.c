#include <stdio.h>

int main(int argc, char **argv) {
  FILE *f = argc > 1 ? fopen(argv[1], "w") : NULL;
  if (f == NULL) return 1;
  fprintf(f, "#define TABLE_ROWS %d\n", 4);
  return fclose(f) != 0;
}
