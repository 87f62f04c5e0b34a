# Lines holding only form feeds, vertical tabs, blanks and continued
# backslashes between two rules are blank.
# print: P
# target: all
all: x
   

    \
   \
     \
all: y
x y:
P = $^
