# print: A
# args: A=cmd
$(eval override A := evald)
