# goal: t
# files: c=d e\=f g=h=i
# Not a target-specific variable: a backslash quoting `=` in the line as
# written goes (up to an unquoted `=`); one from a value stays.
X = e\=f
t: p c\=d $(X) g\=h\=i ; @:$(info [$^])
p: ; @:
