# print: A
$$ := dollar
A := [$($$)]
