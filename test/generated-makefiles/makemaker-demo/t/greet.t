use strict;
use warnings;
use Test::More tests => 2;
use KFlags::Demo;

is(KFlags::Demo::level(), 3, 'level');
is(KFlags::Demo::greet(), 'demo 3', 'greet');
