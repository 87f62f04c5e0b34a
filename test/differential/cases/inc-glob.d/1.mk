G += one
