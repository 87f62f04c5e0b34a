$(info $(foo)
