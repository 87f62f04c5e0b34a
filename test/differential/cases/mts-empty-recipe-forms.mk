# Lines that expand to nothing (only blanks and a comment inside a variable)
# are ignored; rules with an empty recipe.
STR =     \# Some spaces
TAB =   	  \# A TAB and some spaces
EMPTY =
a3:;$(EMPTY)
$(STR)
$(STR) $(TAB)
$(info [$(STR)] [$(TAB)])
