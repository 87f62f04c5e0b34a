V := indented include
