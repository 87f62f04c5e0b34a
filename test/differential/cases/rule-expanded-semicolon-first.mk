# A ; produced by an expansion starts the recipe; with nothing before it
# the line is no rule at all.
semi := ;
$(semi) a: b
$(info ok)
