# print: A
A := [$(realpath /nonexistent/zz /)]
