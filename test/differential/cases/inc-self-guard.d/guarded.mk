ifndef GUARD
GUARD := 1
COUNT += x
endif
