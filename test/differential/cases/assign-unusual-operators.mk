# print: A
A :::= triple
