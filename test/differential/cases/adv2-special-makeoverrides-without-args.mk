# print: MAKEOVERRIDES
$(info [$(origin MAKEOVERRIDES)])
