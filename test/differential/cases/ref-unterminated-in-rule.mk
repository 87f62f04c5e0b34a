foo: $(bar
