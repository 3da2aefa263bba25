using System.CommandLine;
using Hotpass.Docs.Render;

namespace Hotpass.Docs.Cli.Commands;

/// <summary>The options of a pull-request preview build; without <c>--preview-pr</c> there is no banner.</summary>
public sealed class PreviewOptions
{
    public Option<int?> PullRequest { get; } = new("--preview-pr")
    {
        Description = "Build a preview of this pull request: every page shows a banner with its number, commit and build time.",
        HelpName = "N",
    };

    public Option<string?> Commit { get; } = new("--preview-commit")
    {
        Description = "Commit the preview was built from (hex SHA), shown in the banner.",
        HelpName = "SHA",
    };

    public Option<string?> PublishedUrl { get; } = new("--published-url")
    {
        Description = "Absolute http(s) URL of the published site, linked from the banner.",
        HelpName = "URL",
    };

    public PreviewOptions()
    {
        OptionChecks.Add(PullRequest, r => { if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--preview-pr must be a positive pull request number"); });
        OptionChecks.Add(Commit, r =>
        {
            if (r.GetValueOrDefault<string?>() is { } sha && !IsHexSha(sha)) r.AddError($"--preview-commit '{sha}' is not a hex commit SHA (7 to 64 digits)");
        });
        OptionChecks.Add(PublishedUrl, r =>
        {
            if (r.GetValueOrDefault<string?>() is { } url && !IsWebUrl(url)) r.AddError($"--published-url '{url}' is not an absolute http or https URL");
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(PullRequest);
        command.Options.Add(Commit);
        command.Options.Add(PublishedUrl);
        OptionChecks.Add(command, r =>
        {
            if (r.GetValue(PullRequest) is null && (r.GetValue(Commit) is not null || r.GetValue(PublishedUrl) is not null))
                r.AddError("--preview-commit and --published-url need --preview-pr");
        });
    }

    /// <summary>The banner the parsed options ask for, or null for a normal build.</summary>
    public PreviewBanner? Read(ParseResult parse) =>
        parse.GetValue(PullRequest) is { } pr ? new PreviewBanner(pr, parse.GetValue(Commit), parse.GetValue(PublishedUrl)) : null;

    private static bool IsHexSha(string text) => text.Length is >= 7 and <= 64 && text.All(char.IsAsciiHexDigit);

    private static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
