# print: @D @F
# target: t
