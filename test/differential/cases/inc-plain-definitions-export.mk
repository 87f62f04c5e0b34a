# print: EXPORTED
# shell: allow
# The exports of variables from a file of plain definitions, as a sub-make
# would see them (export marks, then the file read again).
-include inc-plain-definitions.d/auto.conf
export CONFIG_A
unexport CONFIG_B
CONFIG_C := changed
EXPORTED = $(shell echo "$$CONFIG_A/$$CONFIG_B/$$CONFIG_C")
