"""Storage (no Qt; imports only b24desk.core): saved webhooks, keyring secrets, settings, history.

Import from the modules (this package stays empty so a process that needs only the settings file
does not pay for keyring and sqlite at start-up):

    app_storage.AppStorage       opens everything below in the platform's folders
    paths                        config / data / cache folders (XDG, macOS, Windows, B24DESK_HOME)
    settings_file.SettingsFile   atomic, lock-protected JSON settings
    secret_store                 KeyringSecrets (OS keyring), SessionSecrets (memory, on request)
    webhook_store.WebhookStore   saved webhook entries: add, rename, duplicate, remove, rotate
    history.HistoryStore         request history in SQLite, masked and bounded
    statistics                   14-day statistics computed with SQL
    errors                       WebhookNameError, WebhookNotFound, StorageError, KeyringUnavailable

Keyring calls may block: the UI runs storage calls off its thread. No secret byte is ever written to
a file; see README "Saved webhooks and secrets".
"""
