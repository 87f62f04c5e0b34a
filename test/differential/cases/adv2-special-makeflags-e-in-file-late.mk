# print: X
# env: X=env
MAKEFLAGS += -e
X := file
