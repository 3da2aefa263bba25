namespace Hotpass.Docs.Steps.Search;

/// <summary>What search knows about one page: where it is, its title and summary, its text by section, and the
/// register ids (risks, controls, evidence) it defines, which a reader may type exactly.</summary>
/// <param name="Url">Output path relative to the site root (<c>how-to/rotate.html</c>), as the file is named; the index
/// writes it percent-encoded (<see cref="Urls.UrlEncoding"/>).</param>
internal sealed record SearchPage(string Url, string Title, string? Summary, IReadOnlyList<SearchSection> Sections, IReadOnlyList<string> Ids);
