# target: .//a
# print: @ <
# A goal loses its leading ./ and the slashes after it
# (expand_command_line_file()): the target is 'a', its $@ is 'a'.
a: b
b:
