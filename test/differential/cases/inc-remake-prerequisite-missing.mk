# A missing include has a rule with a recipe, but one of the rule's
# prerequisites is neither a file nor a target: make stops on it before any
# recipe runs (the kernel's selftests/mm makes local_config.mk from
# check_config.sh so). An existing file and a recipe-less target before it
# are passed over.
include generated-config.mk
$(info read to the end)
generated-config.mk: inc-remake-prerequisite-missing.mk placeholder-target no-such-generator.sh
	./no-such-generator.sh > $@
placeholder-target:
