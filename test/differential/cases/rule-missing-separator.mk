this line is not valid
