$(info $(origin @D) $(flavor @D) [$(value @D)] [$(@D)])
ifdef @D
$(info @D-defined)
endif
