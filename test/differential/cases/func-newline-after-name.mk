# print: A
define nl


endef
A := $(eval X := $(subst$(nl)a,b,aa))[$(X)]
