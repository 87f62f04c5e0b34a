# print: A
$$ := dollar-var
A := [$($$)]
