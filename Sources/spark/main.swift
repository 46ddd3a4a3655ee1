print("spark: under construction")
