"""The HTTP plumbing every response passes through, apart from the domain packages:
the response cache and HTTP caching, CORS, request ids and the access log,
security headers, the time budget, the body size limit, metrics, and the one
problem+json renderer."""
