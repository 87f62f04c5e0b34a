$(info a \
 b)
$(warning c \
   d)
