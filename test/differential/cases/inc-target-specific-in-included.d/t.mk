t: V := target
