t : ; @echo $(info not-expanded-yet)
$(info reached end $(.DEFAULT_GOAL))
