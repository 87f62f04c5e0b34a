incl:
