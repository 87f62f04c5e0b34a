$(file >,y)
