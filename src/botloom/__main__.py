"""``python -m botloom`` runs the command line."""

from botloom.cli import main

main()
