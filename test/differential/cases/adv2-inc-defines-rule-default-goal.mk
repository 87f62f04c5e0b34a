include adv2-inc-defines-rule-default-goal.d/a.mk
main:
$(info $(.DEFAULT_GOAL))
