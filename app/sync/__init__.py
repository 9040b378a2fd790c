"""Keep international figures current from the World Bank and UNHCR APIs."""
