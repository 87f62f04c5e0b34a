$(warning this is a warning)
$(warning   spaced  )
x := $(warning from assignment)
$(warning a,b)
