# Globs in rule names: several matches in order, [..] and ?, a pattern that
# matches nothing stays as written, order-only ones too.
# target: t
# print: ^ |
t: adv3-rule-glob-forms.d/x?.c adv3-rule-glob-forms.d/[y].h nomatch*.c | adv3-rule-glob-forms.d/*.h
nomatch*.c:
