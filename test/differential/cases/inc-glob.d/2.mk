G += two
