A := $(word ,a b)
