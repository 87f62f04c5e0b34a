ok := 1
bogus line here
