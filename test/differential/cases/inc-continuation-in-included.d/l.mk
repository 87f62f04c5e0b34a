L := a \
