test "$LEVEL" = 2
