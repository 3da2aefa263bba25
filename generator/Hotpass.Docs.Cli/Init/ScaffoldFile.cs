namespace Hotpass.Docs.Cli.Init;

/// <summary>One file of a new site: its path under the site's folder ('/'-separated) and its text.</summary>
internal sealed record ScaffoldFile(string Path, string Text);
