/* kflags example placeholder: an assembler source (entry64.S). Only its name matters: a .S source makes entry64.o an assembler object. */
