# print: A
$( ) := sp
A := [$( )]
