# The stem and prerequisite of a ./-prefixed static pattern, in the target's context.
# target: dir/built-in.a
# print: STEM
obj := .
dir/built-in.a: $(obj)/%/built-in.a: $(obj)/%
dir:
STEM = [$*] [$<]
