A := a
