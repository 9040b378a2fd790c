"""Sources: who publishes the figures."""
