ifdef X
