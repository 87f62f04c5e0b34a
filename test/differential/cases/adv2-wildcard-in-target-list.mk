# print: .DEFAULT_GOAL
adv2-wildcard-in-target-list.d/*.c:
