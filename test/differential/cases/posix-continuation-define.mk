# A define body after .POSIX folds the POSIX way too.
.POSIX:
X := 1
define V
p   \
    q
endef
$(info [$(V)])
