"""Rounds: many agencies at once (``audit``), the roster of who must submit, the comparison
of two evaluations or two rounds (``diff``), and the history of rounds (``history``) with
its store. The same-agency rule, the id map and the figures are in
:mod:`fourlayer.rounds.compare`, once.
"""
