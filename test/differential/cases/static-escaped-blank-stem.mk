# A target with a blank: the stem is the name through patsubst, word by word
# (seen in the second expansion, when make snaps the prerequisites).
.SECONDEXPANSION:
a\ b.o: %.o: $$(info stem [$$*] [$$@])
$(info reached end)
