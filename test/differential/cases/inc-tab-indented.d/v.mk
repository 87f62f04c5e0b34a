V := tab include
