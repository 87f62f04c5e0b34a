# Target-specific values flow down the prerequisite chain: baz (a
# prerequisite of bar, itself of foo) sees both when made for foo; the printer
# asks at baz as a goal, so it sees neither.
# print: FOO BAR
# target: baz
foo: FOO = foo
bar: BAR = bar
foo: bar
bar: baz
