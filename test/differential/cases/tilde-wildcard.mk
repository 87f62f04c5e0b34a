# env: HOME=tilde-home.d
# $(wildcard) expands ~ (then globs); a missing home directory gives nothing.
$(info [$(wildcard ~)] [$(wildcard ~/)] [$(wildcard ~/sub/*.c)] [$(wildcard ~/nothere)] [$(wildcard x~)])
$(info [$(wildcard ~root)] [$(wildcard ~root/)] [$(wildcard ~nobody)] [$(wildcard ~nosuchuser-kflags)])
