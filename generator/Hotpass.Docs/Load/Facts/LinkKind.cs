namespace Hotpass.Docs.Load.Facts;

/// <summary>What a reference in a page loads: a page or file a reader follows, or something the page embeds.</summary>
public enum LinkKind
{
    /// <summary>An <c>href</c>: a link a reader follows.</summary>
    Link,

    /// <summary>A <c>src</c> or <c>srcset</c> entry: an image or other resource the page loads.</summary>
    Resource,
}
