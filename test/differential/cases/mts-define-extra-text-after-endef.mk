# Text after endef (separated by a blank): a warning, the define still ends.
# print: NAME
NAME =
define NAME =
ouch
endef $(NAME)
$(info [$(value NAME)])
