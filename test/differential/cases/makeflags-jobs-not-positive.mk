# env: MAKEFLAGS='-j0 --jobs=4x -j 0 -j4294967296 -j 5x -k'
# decode_switches(): -j wants all digits and at least 1 as atoi() reads it
# (4294967296 is 0 as an int); "-j 0" takes the next word, being all
# digits, "-j 5x" does not. Each bad one is said, and the switch ignored.
$(info [$(MAKEFLAGS)])
