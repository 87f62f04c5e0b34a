export define X
foo
