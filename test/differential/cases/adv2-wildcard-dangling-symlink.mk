# print: A
A := [$(wildcard adv2-wildcard-dangling-symlink.d/dangling)]
