a := 1
        command without tab
