package KFlags::Demo;
use strict;
use warnings;

our $VERSION = '0.01';

# The XS part (Demo.xs) when built with it; a Perl one otherwise.
if (!eval { require XSLoader; XSLoader::load('KFlags::Demo', $VERSION); 1 }) {
    *level = sub { 3 };
}

sub greet { return 'demo ' . level() }

1;

__END__

=head1 NAME

KFlags::Demo - a module of our own for the kflags tests

=head1 SYNOPSIS

  use KFlags::Demo;
  print KFlags::Demo::greet(), "\n";

=cut
