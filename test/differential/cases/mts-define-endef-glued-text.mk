# 'endef$(NAME)' is not an endef: the define is never closed.
NAME =
$(info before)
define NAME =
ouch
endef$(NAME)
