# ':::=' (make 4.4's operator) at a target is not an assignment in make 4.3:
# the line is a static pattern rule 'all: foo : := ...' with no '%'.
# print: foo
# target: all
bar = Good$$bye
all: foo :::= $(bar)
bar = changed
