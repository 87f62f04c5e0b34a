include inc-missing-then-error.d/nope.mk
$(error reached after missing include)
