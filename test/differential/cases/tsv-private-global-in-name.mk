# A global private variable is not seen while a target-specific
# definition is read (the target's set, global as a parent), in its name
# as in a := value; a pattern-specific definition sees it.
# target: t
# print: Bn B X An A
private N = n
t: B$(N) = 2
t: X := [$(N)]
%: A$(N) = 1
