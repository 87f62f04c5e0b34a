# args: A=1 B=2
$(info [$(MAKEOVERRIDES)] $(origin MAKEOVERRIDES))
$(info [$(-*-command-variables-*-)] $(origin -*-command-variables-*-))
