# goal: t
# files: x a b
# A prerequisite named order-only on one line and normal on a later one:
# set_file_variables() upgrades it to normal, at the place of its first
# entry ($^), while $+ was computed before the upgrade.
t: x | a
t: b a
	@:$(info [$<|$^|$+|$|])
