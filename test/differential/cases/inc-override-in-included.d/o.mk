override A := from-included
