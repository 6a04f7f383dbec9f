"""Code export: the current request as PHP, Python, JavaScript, Go or cURL code that runs unchanged.

By default no snippet holds a secret: each reads the webhook URL from the B24_WEBHOOK_URL environment
variable and says so, and a known secret inside a parameter (any encoding) is masked. Embedding the real
URL is an explicit option (`SnippetOptions.embed_secret`), and then nothing is masked.
"""

from __future__ import annotations

from collections.abc import Callable

from b24desk.core.request import ApiRequest
from b24desk.core.secret_mask import mask_secrets
from b24desk.core.snippets.b24pysdk import python_b24pysdk_snippet
from b24desk.core.snippets.common import ENV_VAR, SnippetOptions
from b24desk.core.snippets.curl import curl_snippet
from b24desk.core.snippets.curl_json import curl_json_snippet
from b24desk.core.snippets.go import go_snippet
from b24desk.core.snippets.javascript import node_b24jssdk_snippet, node_fetch_snippet
from b24desk.core.snippets.php import php_crest_snippet, php_curl_snippet
from b24desk.core.snippets.python import python_httpx_snippet, python_requests_snippet
from b24desk.core.webhook import Webhook

Generator = Callable[[ApiRequest, Webhook | None, SnippetOptions], str]

LANGUAGES: dict[str, tuple[str, Generator]] = {
    "php": ("PHP (cURL)", php_curl_snippet),
    "php-crest": ("PHP (CRest)", php_crest_snippet),
    "python": ("Python (requests)", python_requests_snippet),
    "python-httpx": ("Python (httpx)", python_httpx_snippet),
    "python-b24pysdk": ("Python (b24pysdk)", python_b24pysdk_snippet),
    "node": ("JavaScript (Node, fetch)", node_fetch_snippet),
    "node-b24jssdk": ("JavaScript (Node, b24jssdk)", node_b24jssdk_snippet),
    "go": ("Go (net/http)", go_snippet),
    "curl": ("cURL (bash, form)", curl_snippet),
    "curl-json": ("cURL (bash, JSON)", curl_json_snippet),
}
FILE_SUFFIX = {
    "php": ".php",
    "php-crest": ".php",
    "python": ".py",
    "python-httpx": ".py",
    "python-b24pysdk": ".py",
    "node": ".mjs",
    "node-b24jssdk": ".mjs",
    "go": ".go",
    "curl": ".sh",
    "curl-json": ".sh",
}


def generate(
    language: str, request: ApiRequest, webhook: Webhook | None = None, options: SnippetOptions | None = None
) -> str:
    """The snippet for `request` in `language` (a key of LANGUAGES)."""
    options = options or SnippetOptions()
    code = LANGUAGES[language][1](request, webhook, options)
    if options.embed_secret:
        return code
    return mask_secrets(code, (webhook.secret,) if webhook is not None else ())


__all__ = ["ENV_VAR", "FILE_SUFFIX", "LANGUAGES", "SnippetOptions", "generate"]
