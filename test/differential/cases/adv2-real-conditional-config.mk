# print: obj-y obj-m
CONFIG_A := y
CONFIG_B := m
CONFIG_C :=
obj-$(CONFIG_A) += a.o
obj-$(CONFIG_B) += b.o
obj-$(CONFIG_C) += c.o
obj-y += $(if $(CONFIG_C),c2.o,nc.o)
ifneq ($(filter y m,$(CONFIG_B)),)
obj-$(CONFIG_B) += b2.o
endif
