"""The sentence reader's grammar, one topic a module.

Each module holds one mixin of :class:`~kgexplain.consistency.parse.SentenceReader`: its methods
read the reader's state (set up in ``SentenceReader.__init__``) and call each other through
``self``, so a part never imports another; word lists and word tests that several parts use are in
:mod:`~kgexplain.consistency._reading.words`.
"""
