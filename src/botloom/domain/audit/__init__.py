"""The audit log: who created, changed, published, deleted or exported what, and when."""
