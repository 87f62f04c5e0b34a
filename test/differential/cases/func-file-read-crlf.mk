# $(file <F) drops one trailing newline and, with it, a carriage return
# just before it (function.c func_file()): a file with CRLF line ends reads
# back without a stray CR at its end; other CRs stay. kflags kept the CR.
D := func-file-read-crlf.d
CR := $(file <$(D)/cr-alone.txt)
show = [$(subst $(CR),<CR>,$(file <$(D)/$1))]
$(info $(call show,crlf.txt))
$(info $(call show,blank.txt))
$(info $(call show,only.txt) $(call show,cr.txt) $(call show,cr-alone.txt))
