V := computed include
