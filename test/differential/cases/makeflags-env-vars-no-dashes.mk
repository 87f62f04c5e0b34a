# env: MAKEFLAGS=X=1
# A first word that is a variable definition gets no dash.
$(info [$(MAKEFLAGS)] [$(X)] [$(origin X)] [$(MAKEOVERRIDES)])
