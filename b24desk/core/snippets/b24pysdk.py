"""Python with the official b24pysdk in webhook mode: call_method for one call, call_list for every page."""

from __future__ import annotations

from b24desk.core.request import ApiRequest
from b24desk.core.snippets.common import ENV_VAR, URL_SHAPE, SnippetOptions, embedded_url, header_lines
from b24desk.core.snippets.python import py_literal
from b24desk.core.webhook import Webhook

__all__ = ["python_b24pysdk_snippet"]

_CREDENTIALS = f'''\
def webhook_credentials(url):
    """The SDK's webhook credentials from a webhook URL: the portal's host and USER_ID/SECRET."""
    parts = urlsplit(url)
    match = re.fullmatch(r"/rest/(\\d+/[^/]+)/?", parts.path)
    if parts.scheme != "https" or not parts.netloc or match is None:
        sys.exit("The webhook URL must look like {URL_SHAPE}"
                 " (the SDK speaks https only).")
    return BitrixWebhook(domain=parts.netloc, webhook_token=match.group(1))'''


def python_b24pysdk_snippet(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    """Python with b24pysdk (pip install b24pysdk); list pages come through the SDK's own call_list."""
    url = embedded_url(webhook, options)
    doc = header_lines(request, url is not None)
    lines = ['"""' + doc[0], *doc[1:], "Needs the official SDK: pip install b24pysdk", '"""', ""]
    lines += ["import json"]
    if url is None:
        lines.append("import os")
    lines += ["import re", "import sys", "from urllib.parse import urlsplit", ""]
    lines += [
        "from b24pysdk import BitrixWebhook",
        "from b24pysdk.errors import BitrixAPIError, BitrixSDKException",
        "",
    ]
    if url is None:
        lines += [f'WEBHOOK_URL = os.environ.get("{ENV_VAR}") or sys.exit("Set {ENV_VAR} to your webhook URL first.")']
    else:
        lines.append(f"WEBHOOK_URL = {url!r}")
    lines += ["", "", _CREDENTIALS, "", ""]
    lines.append(f"params = {py_literal(request.params)}")
    method = repr(request.method)
    if options.all_pages:
        call = [
            "    # Every page of the list: the SDK reads the first page, then the rest through batches.",
            f'    result = webhook.call_list({method}, params)["result"]',
        ]
    else:
        call = [f'    result = webhook.call_method({method}, params)["result"]']
    lines += [
        "",
        "try:",
        "    webhook = webhook_credentials(WEBHOOK_URL)",
        *call,
        "except BitrixAPIError as error:  # the portal answered with an error code",
        '    sys.exit(f"{error.error}: {error.error_description} (HTTP {error.status_code})")',
        "except BitrixSDKException as error:  # network, timeout, an answer that is not JSON",
        "    # The message may quote the URL, which holds the secret: keep only /rest/USER_ID/ of it.",
        '    sys.exit(f"{type(error).__name__}: " + re.sub(r"/rest/(\\d+)/[^/\\s]+", r"/rest/\\1/***", str(error)))',
        "print(json.dumps(result, ensure_ascii=False, indent=2))",
        "",
    ]
    return "\n".join(lines)
