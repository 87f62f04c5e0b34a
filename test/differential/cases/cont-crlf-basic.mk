# print: A B
A := crlf value
B = $(A) again
