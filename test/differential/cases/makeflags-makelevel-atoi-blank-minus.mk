# env: MAKELEVEL=' -3'
# Only a value starting with '-' is level 0: a blank before the sign is
# skipped by atoi(), and -3 as an unsigned int is 4294967293.
$(info [$(MAKELEVEL)])
