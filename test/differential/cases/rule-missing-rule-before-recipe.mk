A := 1
;echo recipe without a rule
