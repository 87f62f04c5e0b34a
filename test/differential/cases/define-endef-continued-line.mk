# read.c do_define() counts a line when it has read it: an endef continued
# over several lines is reported, and the body expanded, at its last line
# (a header continued over two lines puts the body one line early).
define x \
 :=
$(warning in body)
endef \
  junk \
  more
$(warning after)
define y
  define z \
  zz
  endef \
  q
endef
$(info [$(y)])
