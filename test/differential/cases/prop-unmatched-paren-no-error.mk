A := [$(x $(y)z]
B := [$(${f$(s$(D))$(g$(D]
$(info $(A) $(B))
