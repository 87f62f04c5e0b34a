t: ; @echo hi # comment $(info not-expanded)
$(info reached end)
