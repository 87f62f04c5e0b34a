inc-target: a
