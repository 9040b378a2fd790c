"""Key policy documents and relevant publications of a country."""
