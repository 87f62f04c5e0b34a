# Found by the fuzzer: a target-specific name referring to a global private
# variable whose value would stop make is never expanded (it is not seen).
private export N = $(if x,${subst a,b})
t2: A$(N) = 1
$(info reached [$(origin N)])
