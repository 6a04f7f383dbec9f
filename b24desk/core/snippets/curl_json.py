"""cURL posting a JSON body, as the official docs' cURL tab does (beside the form-encoded `curl` one)."""

from __future__ import annotations

from b24desk.core.request import ApiRequest
from b24desk.core.snippets.common import PAGE_NOTE, PAGE_PAUSE, PAUSE_NOTE, SnippetOptions, json_text, row_key
from b24desk.core.snippets.curl import bash_head, shell_quote
from b24desk.core.webhook import Webhook

__all__ = ["curl_json_snippet"]

_POST = "curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' -H 'Accept: application/json'"


def curl_json_snippet(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    """bash + curl with the params as one JSON document; all pages add `start` to it with jq."""
    note = "--fail-with-body: an HTTP error status stops the script and shows the portal's answer."
    lines = bash_head(request, webhook, options, [note])
    lines.append(f"params={shell_quote(json_text(request.params))}")
    if not options.all_pages:
        lines += ["", f'{_POST} --data-binary "$params" "$url"', ""]
        return "\n".join(lines)
    key = row_key(request)
    rows = f".result.{key}" if key else ".result"
    lines += [
        "",
        f"# {PAGE_NOTE} (needs jq)",
        "start=0",
        "pages=()",
        'while [ -n "$start" ]; do',
        '  body=$(jq -c --argjson start "$start" \'. + {start: $start}\' <<<"$params")',
        f'  answer=$({_POST} --data-binary "$body" "$url")',
        '  if jq -e \'has("error")\' <<<"$answer" >/dev/null; then',
        '    jq -r \'"\\(.error): \\(.error_description // "")"\' <<<"$answer" >&2',
        "    exit 1",
        "  fi",
        '  pages+=("$(jq -c ' + shell_quote(rows) + ' <<<"$answer")")',
        "  start=$(jq -r '.next // empty' <<<\"$answer\")",
        f'  [ -z "$start" ] || sleep {PAGE_PAUSE}  # {PAUSE_NOTE}',
        "done",
        "printf '%s\\n' \"${pages[@]}\" | jq -s 'add'",
        "",
    ]
    return "\n".join(lines)
