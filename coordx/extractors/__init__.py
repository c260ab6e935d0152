"""One module per kind of fact. Each exposes a pure function that takes the
normalised `Doc` (and what earlier extractors found) and returns model
objects; none does I/O, keeps global state or raises on odd text."""
