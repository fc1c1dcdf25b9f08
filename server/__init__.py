"""The central Outpost server: FastAPI app, auth, sync endpoints, admin API. No Qt."""
