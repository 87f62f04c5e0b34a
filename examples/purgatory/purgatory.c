/* kflags example placeholder: the purgatory entry point in C. The file only has to exist, so kflags treats purgatory.o as a C object. */
