include
	echo hi
