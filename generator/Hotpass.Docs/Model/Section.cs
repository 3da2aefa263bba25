using Hotpass.Docs.Configuration;

namespace Hotpass.Docs.Model;

/// <summary>A navigation section: a top-level content folder, its index page and its other pages in reading order.</summary>
public sealed record Section(SectionConfig Config, Page Index, IReadOnlyList<Page> Pages)
{
    public string Folder => Config.Folder;
    public string Title => Config.Title;
}
