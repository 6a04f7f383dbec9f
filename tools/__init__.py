"""Developer tools run by hand or by make: the machine set-up and the method catalogue generator."""
