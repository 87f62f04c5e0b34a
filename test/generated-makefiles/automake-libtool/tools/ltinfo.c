#include <config.h>
#include <stdio.h>
#include "kflt.h"
int main(void) { printf("%s level %d\n", PACKAGE_STRING, kflt_level()); return 0; }
