# print: A B C
A := $(words foo bar baz)
B := $(words )
C := $(words   a  	 b  )
