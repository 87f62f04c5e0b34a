# print: A
A := $(wildcard adv2-wildcard-unsorted-order.d/b.c adv2-wildcard-unsorted-order.d/a.c adv2-wildcard-unsorted-order.d/*.c)
