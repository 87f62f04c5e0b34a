#include <config.h>
#include <stdlib.h>
#include <string.h>
#include "util/strings.h"
#include "kflt.h"
char *kflt_dup(const char *s) { size_t n = strlen(s) + 1; char *p = malloc(n); return p ? memcpy(p, s, n) : p; }
char *kflt_copy(const char *s) { return kflt_dup(s); }
