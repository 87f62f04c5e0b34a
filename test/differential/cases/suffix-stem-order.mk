# target: a.tar.gz
# print: STEM
.SUFFIXES: .gz .tar.gz
STEM = [$*]
