# print: A B C
x = y
y = z
z = u
A := $($(x))
B := $($($(x)))
a_dirs := dira
1_files := filesone
df := dirs
C := $(a_$(df)) $(1_$(subst s,,files)s)
