# An optional include of a file that does not exist is skipped silently,
# wherever its path points (kflags: also outside the directories it may read).
-include /nonexistent-kflags-dir/x.mk
sinclude ../../../../../nonexistent-kflags.mk
-include /nonexistent-kflags-dir/*.mk ~nonexistent-kflags-user/x.mk
$(info [$(MAKEFILE_LIST)])
$(info reached end)
