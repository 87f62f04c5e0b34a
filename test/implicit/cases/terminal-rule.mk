# goal: a.o
# files: a.z
# A terminal rule (::) needs its prerequisites to exist: a.c cannot be had
# through a.y, which does not exist, so %.o: %.w is used.
%.o: %.c
	@:$(info c [$<])
%.c:: %.y
	@:$(info terminal [$<])
%.y: %.z
	@:$(info y [$<])
%.o: %.w
	@:$(info o-w [$<])
%.w: %.z
	@:$(info w [$<])
