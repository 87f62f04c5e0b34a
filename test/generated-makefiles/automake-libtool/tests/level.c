#include "kflt.h"
int main(void) { return kflt_level() > 0 ? 0 : 1; }
