A := a \
  b \
  $(error x)
