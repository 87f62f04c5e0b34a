# '$' + backslash-newline in a rule's target list joins the target names.
# print: T
# target: all
all: p$\
     q$\
     r
pqr:
T = $^
