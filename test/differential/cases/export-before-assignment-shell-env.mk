# The export mark of a variable named by `export` before its assignment
# reaches a recipe's environment: printed with the target's recipe context.
# target: t
export BITS
BITS := 64
unexport GONE
GONE = x
$(info $(origin BITS) $(value BITS))
