# print: override export
override := o
export := e
