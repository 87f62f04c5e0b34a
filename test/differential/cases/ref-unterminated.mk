A := $(foo
