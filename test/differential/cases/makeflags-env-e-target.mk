# env: MAKEFLAGS=e X=env
# target: t
# print: X
# -e: a target-specific assignment of an environment variable.
t: X := target
X := file
