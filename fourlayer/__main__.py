"""``python -m fourlayer`` runs the command line."""

from fourlayer.entry import main

if __name__ == "__main__":
    main()
