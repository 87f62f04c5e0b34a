# target: t
# print: ALL
# Without HOME (and without a terminal for getlogin()) ~ stays as written.
t: ~/p ~root/q
ALL = [$^]
~/p ~root/q: ;
$(info [$(wildcard ~)])
