# env: HOME=/home/kflags-test
# target: t
# print: ALL
# ~ and ~user in rule names: HOME, the user database; only at the start of a name.
~/a ~root/b ~nosuchuser-kflags/c x~/d: ;
$(info [$(.DEFAULT_GOAL)])
t: ~/p ~root ~/ ~ x~/q ~nosuchuser-kflags
ALL = [$^]
~/p ~root ~/ ~ x~/q ~nosuchuser-kflags: ;
