# print: A L
define A
line1
line2
endef
L := $(words $(subst $(nl), NL ,$(A)))
define nl


endef
