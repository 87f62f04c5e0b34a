# print: V
# target: b
$(foreach t,a b c,$(eval $(t): V := for-$(t)))
