# .VARIABLES tracks definitions and undefine as they happen.
FOO := foo
BAR := bar
$(info one: $(sort $(filter FOO BAR BAZ,$(.VARIABLES))))
undefine BAR
BAZ := baz
$(info two: $(sort $(filter FOO BAR BAZ,$(.VARIABLES))))
X1 := $(sort $(filter QQ RR,$(.VARIABLES)))
QQ := q
X2 := $(sort $(filter QQ RR,$(.VARIABLES)))
RR := r
$(info $(X1)|$(X2)|$(sort $(filter QQ RR,$(.VARIABLES))))
