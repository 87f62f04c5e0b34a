/* kflags example placeholder: an assembler source (setup-x86_64.S). Only its name matters: a .S source makes setup-x86_64.o an assembler object. */
