"""The window itself: the application, its qasync loop, the main window and its background tasks."""
