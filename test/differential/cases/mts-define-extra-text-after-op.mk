# Text after a define's operator: make warns and ignores the define line's
# extra text.
# print: NAME
NAME =
define NAME = $(NAME)
ouch
endef
$(info [$(value NAME)])
