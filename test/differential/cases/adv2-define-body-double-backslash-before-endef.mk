# print: A
define A
foo \\
endef
