A := 1
	echo hi
