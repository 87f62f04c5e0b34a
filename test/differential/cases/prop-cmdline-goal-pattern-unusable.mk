# A pattern rule whose prerequisite cannot be had does not make the goal.
# args: bar.o
%.o: %.c ; @:
$(info parsed)
