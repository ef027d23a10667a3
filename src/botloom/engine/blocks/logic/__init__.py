"""Logic blocks: variables, branching, jumps and links between bots."""
