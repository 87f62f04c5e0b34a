FROM_ONE := one
A += appended-in-one
