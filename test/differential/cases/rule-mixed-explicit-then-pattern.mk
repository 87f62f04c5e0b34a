# A rule whose first target is a file and a later one holds `%` (as gyp's
# `$(obj).$(TOOLSET)/%.o: ...` with a blank in the build directory): the
# later one is a file named with `%`, said to be deprecated when
# record_files() comes to it, after the earlier targets' warnings. A second
# recipe overrides each of them, the `%` file too.
out dir/%.o: %.c
	@echo one $@
out dir/%.o: %.s
	@echo two $@
a %.o a: x
	@echo three $@
x:;
$(info reached end)
