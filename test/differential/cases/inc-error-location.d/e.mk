X := 1

$(warning warn in included)
$(error error in included)
