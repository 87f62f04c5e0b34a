include adv2-nope-zzz.mk
%.mk:
