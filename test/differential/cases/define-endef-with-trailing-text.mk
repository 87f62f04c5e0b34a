define A
body
endef extra
