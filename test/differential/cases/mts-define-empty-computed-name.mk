# define whose name expands empty (the blank before '=' too): fatal.
NAME =
define $(NAME)  =
ouch
endef
$(info not reached)
