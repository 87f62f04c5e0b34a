# The name of a define is expanded (here: with a warning) before its body
# is read, and the body at the endef line.
define $(warning name)N
$(warning body)
endef
X := $(N)
