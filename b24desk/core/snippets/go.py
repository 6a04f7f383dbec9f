"""Go with the standard library only: the params as JSON text sent as the body, the answer decoded by encoding/json.

The params stay JSON text rather than a map literal because Go's maps forget key order, and order
matters to the portal (`order[...]`, the commands of a batch).
"""

from __future__ import annotations

from b24desk.core.request import ApiRequest
from b24desk.core.snippets.common import (
    ENV_VAR,
    PAGE_NOTE,
    PAGE_PAUSE,
    PAUSE_NOTE,
    URL_SHAPE,
    SnippetOptions,
    embedded_url,
    header_lines,
    json_text,
    row_key,
)
from b24desk.core.webhook import Webhook

__all__ = ["go_snippet", "go_string", "go_text"]

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\ufeff": "\\ufeff"}


def go_string(text: str) -> str:
    """An interpreted Go string literal: control characters and the BOM (which Go rejects in source) escaped."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def go_text(text: str) -> str:
    """A raw string literal (readable) when the text allows one, else an interpreted one."""
    if any(char in text for char in "`\r\ufeff\x00"):
        return go_string(text)
    return f"`{text}`"


def _webhook_function(url: str | None) -> str:
    if url is not None:
        return f"""\
// webhookBase is the webhook URL written into this file.
func webhookBase() (string, error) {{
	return strings.TrimRight({go_string(url)}, "/") + "/", nil
}}"""
    return f"""\
// webhookBase reads the webhook URL from {ENV_VAR}.
func webhookBase() (string, error) {{
	raw := os.Getenv("{ENV_VAR}")
	if raw == "" {{
		return "", fmt.Errorf("set {ENV_VAR} to your webhook URL first")
	}}
	parsed, err := url.Parse(raw)
	if err != nil || (parsed.Scheme != "https" && parsed.Scheme != "http") || parsed.Host == "" {{
		return "", fmt.Errorf("{ENV_VAR} is not a webhook URL such as {URL_SHAPE}")
	}}
	return strings.TrimRight(raw, "/") + "/", nil
}}"""


_CALL = """\
// answer is what the portal sends back: a result, or an error code and its description.
type answer struct {
	Result           json.RawMessage `json:"result"`
	Next             *int            `json:"next"`
	Error            *string         `json:"error"`
	ErrorDescription string          `json:"error_description"`
}

var client = &http.Client{Timeout: 60 * time.Second}

// call POSTs one method with a JSON body and returns the decoded answer, or the portal's error.
func call(base, method string, body []byte) (*answer, error) {
	response, err := client.Post(base+method+".json", "application/json", bytes.NewReader(body))
	if err != nil {
		var urlError *url.Error
		if errors.As(err, &urlError) {
			err = urlError.Err // its URL holds the webhook's secret: leave it out of the message
		}
		return nil, fmt.Errorf("calling %s: %w", method, err)
	}
	defer response.Body.Close()
	data, err := io.ReadAll(response.Body)
	if err != nil {
		return nil, err
	}
	var decoded answer
	if err := json.Unmarshal(data, &decoded); err != nil {
		return nil, fmt.Errorf("the answer is not JSON (HTTP %d)", response.StatusCode)
	}
	if decoded.Error != nil {
		// Bitrix24 errors: https://apidocs.bitrix24.com/error-codes.html
		return nil, fmt.Errorf("%s: %s (HTTP %d)", *decoded.Error, decoded.ErrorDescription, response.StatusCode)
	}
	if response.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %d", response.StatusCode)
	}
	return &decoded, nil
}

// printJSON writes a value as indented JSON, non-ASCII and <>& as they are.
func printJSON(value any) {
	encoder := json.NewEncoder(os.Stdout)
	encoder.SetEscapeHTML(false)
	encoder.SetIndent("", "  ")
	if err := encoder.Encode(value); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}"""

_WITH_START = """\
// withStart is the params with "start" (the first row of a page) added as their last key.
func withStart(params string, start int) []byte {
	body := strings.TrimSuffix(strings.TrimSpace(params), "}")
	if strings.TrimSpace(body) != "{" {
		body += ","
	}
	return []byte(fmt.Sprintf(`%s"start":%d}`, body, start))
}"""


def go_snippet(request: ApiRequest, webhook: Webhook | None, options: SnippetOptions) -> str:
    """One Go file (`go run call.go`): net/http, net/url and encoding/json, nothing outside the standard library."""
    url = embedded_url(webhook, options)
    imports = ["bytes", "encoding/json", "errors", "fmt", "io", "net/http", "net/url", "os", "strings", "time"]
    lines = [*(f"// {line}" for line in header_lines(request, url is not None))]
    lines += ["// Go's standard library only: go run this-file.go", "package main", "", "import ("]
    lines += [f'\t"{name}"' for name in sorted(imports)] + [")", ""]
    lines += ["// params is the request's parameters as the JSON body (key order kept as written)."]
    lines += [f"const params = {go_text(json_text(request.params))}", ""]
    lines += [_webhook_function(url), "", _CALL, ""]
    method = go_string(request.method)
    main = [
        "func main() {",
        "\tbase, err := webhookBase()",
        "\tif err != nil {",
        "\t\tfmt.Fprintln(os.Stderr, err)",
        "\t\tos.Exit(2)",
        "\t}",
    ]
    if options.all_pages:
        lines += [_WITH_START, ""]
        key = row_key(request)
        if key:
            decode = [
                "\t\tvar keyed map[string][]json.RawMessage",
                "\t\tif err := json.Unmarshal(page.Result, &keyed); err != nil {",
                "\t\t\tfail(err)",
                "\t\t}",
                f"\t\tresult = append(result, keyed[{go_string(key)}]...)",
            ]
        else:
            decode = [
                "\t\tvar rows []json.RawMessage",
                "\t\tif err := json.Unmarshal(page.Result, &rows); err != nil {",
                "\t\t\tfail(err)",
                "\t\t}",
                "\t\tresult = append(result, rows...)",
            ]
        main += [
            f"\t// {PAGE_NOTE}",
            "\tresult := []json.RawMessage{}",
            "\tfor start := 0; ; {",
            f"\t\tpage, err := call(base, {method}, withStart(params, start))",
            "\t\tif err != nil {",
            "\t\t\tfail(err)",
            "\t\t}",
            *decode,
            "\t\tif page.Next == nil {",
            "\t\t\tbreak",
            "\t\t}",
            "\t\tstart = *page.Next",
            f"\t\ttime.Sleep({int(PAGE_PAUSE * 1000)} * time.Millisecond) // {PAUSE_NOTE}",
            "\t}",
            "\tprintJSON(result)",
        ]
    else:
        main += [
            f"\tanswer, err := call(base, {method}, []byte(params))",
            "\tif err != nil {",
            "\t\tfail(err)",
            "\t}",
            "\tprintJSON(answer.Result)",
        ]
    lines += [*main, "}", ""]
    return "\n".join(lines)
