# env: A=env
$(info $(origin A) $(flavor A))
A := file
$(info $(origin A) $(flavor A))
