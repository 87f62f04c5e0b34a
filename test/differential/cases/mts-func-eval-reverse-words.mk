# An eval'd ':=' inside a foreach called through $(call): each step sees the
# previous value; the result keeps every blank.
..9 := 0 1 2 3 4 5 6 7 8 9
rev=$(eval res:=)$(foreach word,$1,$(eval res:=${word} ${res}))${res}
a:=$(call rev,${..9})
$(info [$(a)])
