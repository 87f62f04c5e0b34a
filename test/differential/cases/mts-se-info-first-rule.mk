# $(info) in the only rule's second-expanded prerequisites: just $@.
# target: 2.x
.SECONDEXPANSION:
2.x: 5.z 6.z 5.z $$(info @=$$@,<=$$<,^=$$^,+=$$+,|=$$|,?=$$?,*=$$*,%=$$%)
%.z: ;
