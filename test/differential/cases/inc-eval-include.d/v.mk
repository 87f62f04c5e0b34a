V := via eval
