N := x.o
${info [$(a $(N)zz]}
