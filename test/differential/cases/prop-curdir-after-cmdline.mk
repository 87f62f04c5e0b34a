# args: CURDIR+=x
$(info [$(CURDIR)] $(flavor CURDIR))
