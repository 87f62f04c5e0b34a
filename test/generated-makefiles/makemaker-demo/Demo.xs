#define PERL_NO_GET_CONTEXT
#include "EXTERN.h"
#include "perl.h"
#include "XSUB.h"
#include "demo.h"

MODULE = KFlags::Demo  PACKAGE = KFlags::Demo

int
level()
  CODE:
    RETVAL = demo_level();
  OUTPUT:
    RETVAL
