private
$(info reached end)
