# args: .//nonexist-goal
# make names the goal it cannot make without its leading ./.
$(info reached end)
