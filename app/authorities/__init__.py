"""Migration authorities: the responsible body, line ministries and agencies."""
