undefine @D
$(info [$(origin @D)] [$(flavor @F)])
