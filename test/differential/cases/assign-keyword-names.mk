# print: include define export override ifeq
include := inc
define := def
export := exp
override := ovr
ifeq := ifq
