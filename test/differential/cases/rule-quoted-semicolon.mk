# A backslash quotes a ; in a rule line (make removes the backslash);
# an unquoted one starts the recipe: b;c: is a rule for b with recipe c:.
a: b\;c
b;c:
$(info ok)
