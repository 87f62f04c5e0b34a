# One past the largest 64-bit index: make reports the number out of range.
$(info $(word 9223372036854775808,a b))
