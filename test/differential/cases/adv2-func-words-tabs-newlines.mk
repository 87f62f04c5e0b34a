# print: A
define NL


endef
A := $(words a$(NL)b	c  )
