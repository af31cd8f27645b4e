"""Translation modules, one per area of the dashboard; merged by prevcap.i18n."""
