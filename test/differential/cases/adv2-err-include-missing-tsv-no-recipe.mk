include adv2-nope-zzz.mk
adv2-nope-zzz.mk: V := 1
