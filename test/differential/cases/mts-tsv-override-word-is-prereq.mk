# 'override' alone, or followed by a word without an operator, after a
# target's colon is a prerequisite name, not a target-specific variable.
# print: P
# target: funk
funk : override
funk : override adelic
adelic override :
P = $^
