# args: hello=$(world
$(info good)
X := $(hello)
