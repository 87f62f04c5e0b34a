PRE := read
pre-target: ; @:
-include inc-makefiles-env-default-goal.d/nested.mk
$(eval eval-target: ; @:)
