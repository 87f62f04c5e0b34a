# print: A B C D
private override export A := a
export override B := b
override private C := c
export private D := d
