# args: A:::=x
$(info [$(A)])
