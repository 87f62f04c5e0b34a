/* kflags example placeholder: an assembler source (kexec-purgatory.S). Only its name matters: a .S source makes kexec-purgatory.o an assembler object. */
