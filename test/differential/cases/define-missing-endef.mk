define A
body
