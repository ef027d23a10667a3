"""HTTP request blocks seen from the builder: listing them and test runs."""
