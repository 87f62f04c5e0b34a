# env: A=env
undefine A
$(info [$(A)] $(origin A))
