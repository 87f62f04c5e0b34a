include inc-syntax-error-in-included.d/s.mk
