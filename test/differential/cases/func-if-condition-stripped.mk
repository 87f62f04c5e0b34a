# print: A B
define nl


endef
A := $(if $(nl),nonempty,empty)
B := $(if   $(empty)   ,nonempty,empty)
