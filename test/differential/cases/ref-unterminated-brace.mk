A := ${foo
