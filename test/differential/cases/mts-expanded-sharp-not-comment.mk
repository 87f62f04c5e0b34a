# '\#' in a value is a literal '#': a line that expands to '# Some spaces' is
# no comment but text without a separator (the empty recipe lines before
# it are fine).
STR =     \# Some spaces
TAB =   	  \# A TAB and some spaces
EMPTY =
a3:;$(EMPTY)
a4:
	$(EMPTY)
$(info [$(STR)] [$(TAB)])
$(STR) $(TAB)
