# '\#' in a prerequisite name is a literal '#', not a comment.
# print: P
# target: sharp
sharp: foo\#bar.ext
foo\#bar.ext:
P = $^
