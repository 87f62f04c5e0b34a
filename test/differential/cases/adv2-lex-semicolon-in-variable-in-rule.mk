SEMI := ;
t: $(SEMI) @echo x
$(info reached end $(.DEFAULT_GOAL))
