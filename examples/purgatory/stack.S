/* kflags example placeholder: an assembler source (stack.S). Only its name matters: a .S source makes stack.o an assembler object. */
