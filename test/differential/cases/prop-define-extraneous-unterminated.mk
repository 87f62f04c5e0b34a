define F := x
