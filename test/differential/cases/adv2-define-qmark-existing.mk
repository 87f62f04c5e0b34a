# print: X Y
X := keep
define X ?=
replaced
endef
define Y ?=
new $(X)
endef
$(info $(flavor X) $(flavor Y))
