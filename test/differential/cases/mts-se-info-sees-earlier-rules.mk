# $(info) in a second-expanded prerequisite list of a later rule for the
# goal shows the automatic variables of the earlier rules.
# target: 15.x
.SECONDEXPANSION:
15.x: 5.z 6.z 5.z | 7.z 7.z 8.z
15.x: 9.z $$(info @=$$@,<=$$<,^=$$^,+=$$+,|=$$|,?=$$?,*=$$*,%=$$%)
%.z: ;
