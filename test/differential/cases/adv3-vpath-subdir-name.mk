# A name with a directory is searched for as dir/name; order-only too.
# target: t
# print: ^ |
VPATH = adv3-vpath-subdir-name.d/src
t: sub/f.c | sub/f.c missing.c
sub/f.c missing.c:
