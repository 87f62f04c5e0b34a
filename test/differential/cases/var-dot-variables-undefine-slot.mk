# undefine leaves a deleted slot (hash_delete_at()); the next name probing
# through it takes it, ahead of a name defined earlier (var171, var229 and
# var492 hash to slot 0).
var171 := a
var229 := b
$(info $(filter var%,$(.VARIABLES)))
undefine var171
$(info $(filter var%,$(.VARIABLES)))
var492 := c
$(info $(filter var%,$(.VARIABLES)))
var171 := d
$(info $(filter var%,$(.VARIABLES)))
