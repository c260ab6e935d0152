"""`python -m coordx` runs the command line."""

from coordx.cli import main

main()
