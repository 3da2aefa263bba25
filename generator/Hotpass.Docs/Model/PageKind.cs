namespace Hotpass.Docs.Model;

/// <summary>What role a page plays in navigation.</summary>
public enum PageKind
{
    Home,
    SectionIndex,
    Article,
}
