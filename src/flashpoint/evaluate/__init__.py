"""`flashpoint evaluate`: scores against gold files, one module per kind."""
