include inc-directory.d
