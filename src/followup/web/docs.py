"""Readable API docs at /api/docs: Swagger UI 5 (it reads OpenAPI 3.1) from the
`swagger-ui-bundle-v2` package, served from this machine (no CDN), over /api/openapi.json."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>API · followup</title>
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
  <link rel="icon" href="/static/icon.svg" type="image/svg+xml">
</head>
<body>
  <noscript><p>These docs need JavaScript. The schema itself is at
    <a href="/api/openapi.json">/api/openapi.json</a>.</p></noscript>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/static/api-docs.js"></script>
</body>
</html>
"""
# Swagger UI sets inline styles; this page alone allows them.
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'")


def install(app: FastAPI) -> bool:
    """Add /api/docs when the assets are installed; False (and no route) when they are not."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return False
    from fastapi.staticfiles import StaticFiles

    app.mount("/api/docs/assets", StaticFiles(directory=str(swagger_ui_path)),
              name="api-docs-assets")

    @app.get("/api/docs", include_in_schema=False)
    def api_docs(request: Request) -> Response:
        return HTMLResponse(PAGE, headers={"Content-Security-Policy": CSP})

    return True
