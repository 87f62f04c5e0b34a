E := exists
