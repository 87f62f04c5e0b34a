a %.o: b
