# print: ^
# target: sub/t
.SECONDEXPANSION:
sub/t: $$(@D)/dep $$(@F).x
sub/dep t.x:
