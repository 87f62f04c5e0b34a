A := ${foo)
