B = from-include-$(C)
C := c
