A := 1
else
