// The console (docs/console.md); its screens come in the next commits.
