# env: A.B=dotted
$(info [$(A.B)] $(origin A.B))
