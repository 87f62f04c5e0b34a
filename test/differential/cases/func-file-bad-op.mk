$(file !x,y)
