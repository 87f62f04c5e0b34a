B := b
