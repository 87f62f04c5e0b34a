# print: B C
A := héllo wörld ☃
B := $(subst ☃,snowman,$(subst ö,o,$(subst é,e,$(A))))
C := $(words $(A)) $(words $(subst ☃, ,a☃b))
