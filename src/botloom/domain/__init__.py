"""Services, the only code that changes stored state: reads in queries, writes in actions."""
