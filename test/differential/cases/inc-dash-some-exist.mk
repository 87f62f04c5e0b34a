# print: E
-include inc-dash-some-exist.d/exists.mk inc-dash-some-exist.d/missing.mk
