# print: A B
$(empty) spaced $(empty) := value
A := [$( spaced )]
B := [$(spaced)]
