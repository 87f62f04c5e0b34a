ifeq "" ""
$(info both-empty)
endif
ifneq '' ""
$(info should-not)
endif
