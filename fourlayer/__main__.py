"""``python -m fourlayer`` runs the command line."""

from fourlayer.cli import main

if __name__ == "__main__":
    main()
