# target: a.tar.gz
# print: STEM
.SUFFIXES: .tar.gz .gz
STEM = [$*]
