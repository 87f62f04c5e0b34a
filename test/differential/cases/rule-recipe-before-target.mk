	echo recipe with no rule
