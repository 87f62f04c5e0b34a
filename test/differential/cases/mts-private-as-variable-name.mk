# 'private' alone before '=' is a variable's name, globally and at a target.
# print: private
# target: a
private = g
a: private = a
a: b
b:
$(info $(private))
