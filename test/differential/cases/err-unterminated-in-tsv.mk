t: V := $(foo
