"""The profiles as web pages, drawn from the API's own reads.

Each page is made of what the API answers (the `/profile` document, a
country's observations, the sources' agreement, `/sources`, `/search`), so
a page is proof that the API is enough for a front-end.
"""
