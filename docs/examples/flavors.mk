# Recursive (=) and simple (:=) variables: when is the right-hand side expanded?
CC = gcc
recursive = $(CC) -O2
simple := $(CC) -O2
CC = clang
# `recursive` is expanded when used (now: clang); `simple` was expanded above (gcc).
