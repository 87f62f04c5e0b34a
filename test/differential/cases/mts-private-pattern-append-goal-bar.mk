# The same variables, asked at bar.
# print: IA PA PS
# target: bar
IA = global
PA = global
PS = global
b%: IA += b%
b%: private PA += b%
b%: private PS = b%
bar: all
all:
bar: IA += bar
bar: private PA += bar
bar: private PS = bar
a%: IA += a%
a%: private PA += a%
a%: private PS = a%
all: IA += all
all: private PA += all
all: private PS = all
