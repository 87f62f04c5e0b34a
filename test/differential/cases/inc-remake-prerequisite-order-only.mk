# The same for an order-only prerequisite: make stops on it too.
include generated-config.mk
generated-config.mk: | no-such-directory
	touch $@
