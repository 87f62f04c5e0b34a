# SHELL from the environment: make resets its value to /bin/sh and its
# origin to file, but the variable stays recursive (as every environment
# variable is), so a later '+=' is recursive too.
# env: SHELL=/dev/null
# print: SHELL
$(info $(origin SHELL) $(flavor SHELL))
SHELL += $(X)
X = -e
