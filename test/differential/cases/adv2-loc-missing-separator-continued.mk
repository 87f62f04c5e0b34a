foo \
  bar
