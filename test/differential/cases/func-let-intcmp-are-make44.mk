# make 4.4's $(let) and $(intcmp) are not functions in make 4.3: they are
# references to variables named by the rest of the text. Kbuild's feature
# test (6.12 scripts/Kbuild.include) then takes its $(shell test ...) branch.
# print: R1 R2 R3 R4 TEST_GE
ifeq ($(intcmp 1,0,,,y),y)
TEST_GE = intcmp
else
TEST_GE = shell
endif
b := B
name := let x,B
$(name) := defined by name
R1 := [$(let a b,1 2,$(a)$(b))]
R2 := [$(intcmp 1,2,lt,eq,gt)]
R3 := [$(let x,$(b))]
R4 := [$(origin intcmp 1,2) $(flavor let x,B)]
