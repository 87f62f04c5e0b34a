# print: A B
n := X
X := 1
ifdef $(n)
A := computed
endif
ifdef $(undefined_thing)
B := empty-name-defined
else
B := empty-name-undefined
endif
