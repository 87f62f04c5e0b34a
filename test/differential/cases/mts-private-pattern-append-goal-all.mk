# Pattern and target '+=' (private or not) on one goal: only the patterns
# matching it apply, in definition order, then the target's own.
# print: IA PA PS
# target: all
IA = global
PA = global
PS = global
b%: IA += b%
b%: private PA += b%
b%: private PS = b%
bar: all
bar: IA += bar
bar: private PA += bar
bar: private PS = bar
a%: IA += a%
a%: private PA += a%
a%: private PS = a%
all: IA += all
all: private PA += all
all: private PS = all
