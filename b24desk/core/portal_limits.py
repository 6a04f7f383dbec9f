"""The documented limits of a cloud Bitrix24 portal, in one place; the client, the sandbox and the CLI read them.

Sources (repository bitrix24/b24restdocs unless said otherwise):
- request rate: `limits.md` (also `settings/performance/limits.md`): a leaky bucket that drains 2
  requests a second on plans other than Enterprise (5 there) and refuses with 503
  QUERY_LIMIT_EXCEEDED once more than 50 (Enterprise: 250) are waiting; a `batch` counts as one request;
- operating time: `limits.md`: each method's execution time is summed per app or webhook over ten
  one-minute buckets, and past the limit that method answers 429 OPERATION_TIME_LIMIT; the current
  page gives 480 s as its example, the older official page (dev.1c-bitrix.ru
  `rest_help/rest_sum/operating.php`) states 480 s per 10 minutes since rest module 22.0.0;
- batch: `settings/how-to-call-rest-api/batch.md`: at most 50 commands (400 ERROR_BATCH_LENGTH_EXCEEDED);
- page size: `settings/how-to-call-rest-api/list-methods-pecularities.md`: list methods return at most
  50 records a page, a fixed size (`start`, `next`, `total`).
"""

from __future__ import annotations

__all__ = [
    "BATCH_COMMANDS",
    "BURST",
    "ENTERPRISE_BURST",
    "ENTERPRISE_RATE",
    "OPERATING_TIME",
    "OPERATING_WINDOW",
    "PAGE_SIZE",
    "RATE",
]

RATE = 2.0  # requests the bucket drains per second (plans other than Enterprise)
BURST = 50  # requests waiting in the bucket before QUERY_LIMIT_EXCEEDED
ENTERPRISE_RATE = 5.0
ENTERPRISE_BURST = 250
OPERATING_TIME = 480.0  # seconds of execution per method per OPERATING_WINDOW
OPERATING_WINDOW = 600.0  # seconds: ten one-minute buckets
BATCH_COMMANDS = 50  # commands in one `batch` request
PAGE_SIZE = 50  # rows in one page of a list method
