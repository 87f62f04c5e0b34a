# print: A
define A
body
endef # comment
