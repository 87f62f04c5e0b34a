V := commented include
