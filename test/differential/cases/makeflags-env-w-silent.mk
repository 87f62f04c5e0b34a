# env: MAKEFLAGS=w
# -w: make says where it is only before it prints something: here nothing.
X := 1
