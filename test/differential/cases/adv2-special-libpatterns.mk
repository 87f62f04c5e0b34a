# print: A
A := [$(.LIBPATTERNS)] $(origin .LIBPATTERNS)
