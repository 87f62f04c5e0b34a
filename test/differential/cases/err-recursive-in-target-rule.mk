$(V): dep
V = $(V)
$(V): dep
