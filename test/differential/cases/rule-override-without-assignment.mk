override A
