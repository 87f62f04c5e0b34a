# An empty reference between two words before '=' is still a second word.
x $X=
