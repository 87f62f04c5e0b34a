# target: t
# print: MAKEFLAGS
MAKEFLAGS += --no-print-directory -w
$(info reading [$(MAKEFLAGS)])
