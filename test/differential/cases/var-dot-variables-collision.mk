# Names sharing a slot: the first defined takes it, the next the slot after
# (var229, var171 and var492 hash to slot 0; w2911 and w3490 to slot 1023,
# the last wrapping around to slot 0's neighbours).
var229 := a
var171 := b
w2911 := c
w3490 := d
var492 := e
$(info $(filter var% w%,$(.VARIABLES)))
