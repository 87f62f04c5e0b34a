# make expands the text $(NAME): a name holding a reference is read again.
X := y
y = from-y
$$X = literal
$(info [$(call $$X)])
