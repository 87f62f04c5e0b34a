# print: A
A := [$(.SHELLFLAGS)] $(origin .SHELLFLAGS) [$(SHELL)]
