# `include` then a form feed: the file's name after it.
includenonexist.mk
$(info reached end)