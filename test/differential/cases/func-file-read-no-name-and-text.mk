# func_file(): a read with no file name is "missing filename" even when a
# text (too many arguments) follows.
$(info [$(file <  ,text)])
