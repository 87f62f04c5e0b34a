t: V := $(error tsv simple error)
