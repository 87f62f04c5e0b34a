# Conditional words after a leading form feed or vertical tab; `else`
# followed by a vertical tab and text is an else with extraneous text.
ifeq (a,b)
$(info no)
elsejunk
$(info yes)
endif
ifeq (a,b)
else
$(info else)
endif