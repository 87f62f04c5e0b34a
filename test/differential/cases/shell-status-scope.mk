# .SHELLSTATUS is set in the current variable set: a $(call)'s or a
# $(foreach)'s own scope loses it when the call returns (dpkg's buildtools.mk
# runs dpkg-architecture inside $(call)), the global one keeps it.
# shell: allow
# print: LATE
run3 = $(shell exit 3)
x := $(call run3)
$(info after call: [$(.SHELLSTATUS)] $(origin .SHELLSTATUS))
y := $(foreach i,1,$(shell exit 4))
$(info after foreach: [$(.SHELLSTATUS)])
z := $(shell exit 5)
$(info top level: [$(.SHELLSTATUS)] $(origin .SHELLSTATUS))
x := $(call run3)
$(info call again: [$(.SHELLSTATUS)])
w := $(foreach i,1,[$(.SHELLSTATUS)]$(shell exit 6)[$(.SHELLSTATUS)])
$(info inside foreach: $(w), after: [$(.SHELLSTATUS)])
$(eval e := $(call run3)[$(.SHELLSTATUS)])
$(info eval of a call: $(e))
LATE = $(shell exit 7)$(.SHELLSTATUS)
