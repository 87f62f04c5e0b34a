# A target-specific value holding a semicolon continued on the next line.
# print: A
# target: a
a: A = 'hello;\
world'
