A := a \
  b \
  $(warning w)
$(info reached end)
