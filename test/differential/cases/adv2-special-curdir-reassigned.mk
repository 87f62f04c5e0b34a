CURDIR := /elsewhere
$(info $(CURDIR) $(origin CURDIR) $(flavor CURDIR))
