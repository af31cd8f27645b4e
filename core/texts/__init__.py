"""Translation modules, one per area of the dashboard; merged by core.i18n."""
