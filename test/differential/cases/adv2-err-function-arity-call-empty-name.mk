A := [$(call ,x)]
$(info $(A))
