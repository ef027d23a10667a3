"""Unit tests of outgoing HTTP."""
