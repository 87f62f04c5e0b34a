# env: MAKEFLAGS='sLkie --no-print-directory'
# Letters in the order of make's switch table, long options after.
$(info [$(MAKEFLAGS)] [$(MFLAGS)])
