# print: A
A := [$(.LOADED)][$(VPATH)][$(GPATH)] $(origin .LOADED) $(origin VPATH)
