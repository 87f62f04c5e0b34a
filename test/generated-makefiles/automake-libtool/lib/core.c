#ifdef HAVE_CONFIG_H
#include <config.h>
#endif
#include "kflt.h"
int kflt_level(void) { return LT_LEVEL; }
