# args: ./a .//b c/./d
# A goal loses its leading ./ (expand_command_line_file()), in
# MAKECMDGOALS too; a ./ inside the name stays.
$(info [$(filter-out __kflags_print,$(MAKECMDGOALS))])
a b c/./d: ; @:
