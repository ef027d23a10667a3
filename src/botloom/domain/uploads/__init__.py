"""Files visitors upload during a chat."""
