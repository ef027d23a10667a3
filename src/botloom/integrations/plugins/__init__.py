"""Integration plugins: each declares its credentials and actions (see ``base``), and
``registry`` lists the built-in ones by their Typebot forge id."""
