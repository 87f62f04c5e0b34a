.RECIPEPREFIX := \#
# just a comment
$(info reached end)
